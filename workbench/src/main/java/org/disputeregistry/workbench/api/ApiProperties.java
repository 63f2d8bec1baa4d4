package org.disputeregistry.workbench.api;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code registry.workbench.*}: where the two services are (timeouts of the calls: {@code
 * spring.http.client.*}).
 */
@ConfigurationProperties("registry.workbench")
record ApiProperties(URI commandUrl, URI queryUrl) {}
