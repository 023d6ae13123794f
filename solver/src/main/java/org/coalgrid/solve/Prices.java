package org.coalgrid.solve;

/**
 * Row duals that passed the {@link DualCertificate}, or the reason there are none. {@code duals} are in
 * model units (million CNY per model unit of the row); {@code source} says which solve produced them.
 */
public record Prices(double[] duals, DualCertificate.Check check, String source, String note) {

  public boolean available() {
    return duals != null;
  }

  public static Prices none(String note, DualCertificate.Check check) {
    return new Prices(null, check, null, note);
  }
}
