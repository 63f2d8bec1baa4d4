package org.disputeregistry.workbench.api;

/**
 * The two services: the command side (cases and their steps) and the query side (lists, figures).
 */
public record Apis(Api command, Api query) {}
