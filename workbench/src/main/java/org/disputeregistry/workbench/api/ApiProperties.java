package org.disputeregistry.workbench.api;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code registry.workbench.*}: where the two services are (timeouts of the calls: {@code
 * spring.http.client.*}), and how long an upload's answer may take ({@link Uploads}).
 */
@ConfigurationProperties("registry.workbench")
record ApiProperties(URI commandUrl, URI queryUrl, @DefaultValue("15m") Duration uploadTimeout) {}
