package org.disputeregistry.web;

/** One thing wrong with a request: where ({@code field}, a JSON path), what (a stable code). */
public record FieldError(String field, String code, String message) {}
