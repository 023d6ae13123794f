package org.coalgrid.domain;

/**
 * Where a figure comes from: a seed file and a verbatim quote, or an external reference
 * ({@code external = true}) with a title or address.
 */
public record SourceRef(String id, String file, String quote, String title, String url, boolean external) {}
