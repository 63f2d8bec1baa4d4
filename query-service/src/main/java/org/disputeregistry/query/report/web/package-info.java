/** The yearly totals and the rendered annual report (Chinese or English, HTML or Markdown). */
package org.disputeregistry.query.report.web;
