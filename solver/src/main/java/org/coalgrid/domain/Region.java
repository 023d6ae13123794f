package org.coalgrid.domain;

/**
 * A node of the coal and power networks. An {@code external} region is a market outside the system
 * (Guangdong for 西电东送, outside coal buyers or sellers). {@code lon}/{@code lat} (degrees, optional, both
 * or neither) place it on the report's network map; the model does not use them.
 */
public record Region(String id, String name, String nameZh, boolean external, Double lon, Double lat) {

  /** A region without map coordinates. */
  public Region(String id, String name, String nameZh, boolean external) {
    this(id, name, nameZh, external, null, null);
  }

  /** True if the region has map coordinates (lon and lat, degrees). */
  public boolean hasCoordinates() {
    return lon != null && lat != null;
  }
}
