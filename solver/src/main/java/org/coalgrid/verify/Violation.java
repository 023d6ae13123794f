package org.coalgrid.verify;

/**
 * One failed check of a written solution: {@code check} names the family (e.g. "power balance"),
 * {@code entities} the entities and period involved (e.g. "guiyang/jan-peak"), {@code amount} how far
 * the solution is off, in {@code unit} (t, MW, MWh, tce, GJ, CNY, ...), and {@code message} says it in words.
 */
public record Violation(String check, String entities, double amount, String unit, String message) {

  @Override
  public String toString() {
    return message;
  }
}
