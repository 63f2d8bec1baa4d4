package org.disputeregistry.authserver.directory;

import java.util.List;

/**
 * A demo account ({@code name} is its username) or a client acting for itself ({@code name} is its
 * client id): the {@code sub}, {@code roles} and {@code org} of its tokens.
 */
public record Subject(String name, List<Role> roles, String org) {}
