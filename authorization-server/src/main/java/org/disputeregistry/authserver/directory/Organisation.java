package org.disputeregistry.authserver.directory;

/** An organisation a subject acts for; {@code code} is the value of the {@code org} claim. */
public record Organisation(String code, String nameZh, String nameEn) {}
