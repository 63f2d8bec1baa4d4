/**
 * A plausible, deterministic year 2023 of Guangming District's cases, written as a back-fill file
 * (one whole case per line, in the API's own request bodies) that {@code ./run.sh} loads through
 * the command side. Its rule: it fixes only what happened to each case, never a figure — the
 * report's figures (51.11% mediation rate, 1.13 million person-times, 99.60% resolution rate) come
 * out of the projections, and the same seed gives the same file byte for byte.
 */
package org.disputeregistry.demo;
