package org.coalgrid.repair;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What the elastic repair may relax, with its default weight (CNY per unit of relaxation, the unit in
 * {@link #weightUnit()}) and whether it is relaxable unless the user says otherwise. Weights only rank
 * relaxations against each other; they are not costs of the plan. Physical caps (mine, arc, line and plant
 * capacity) are off by default: relaxing them means building something, which the user asks for explicitly.
 */
public enum RelaxKind {
  DEMAND("demand", 10_000, "CNY/MWh", true, "electricity demand left unserved (uses the unserved-load columns)"),
  EXPORT_CONTRACT("export_contract", 1_000, "CNY/MWh", true,
      "firm export energy 西电东送 not delivered (uses the shortfall columns)"),
  INDUSTRY("industry", 1_000, "CNY/t", true, "industry output off its plan (cost mode) or its bounds (welfare mode)"),
  COAL_DEMAND("coal_demand", 500, "CNY/t", true, "firm coal delivery not made"),
  MINE_MIN("mine_min", 100, "CNY/t", true, "mine minimum output lowered"),
  HYDRO("hydro", 1_000, "CNY/MWh", true, "hydro energy raised or minimum release lowered"),
  POLICY("policy", 1_000, "CNY per unit of the limit", true, "policy limit moved (t/yr, t CO2, MW, ...)"),
  MINE_CAPACITY("mine_capacity", 500, "CNY/t", false, "mine capacity raised"),
  ARC_CAPACITY("arc_capacity", 500, "CNY/t", false, "coal arc capacity raised"),
  LINE_CAPACITY("line_capacity", 1_000, "CNY/MWh", false, "corridor capacity raised (MW in a period, weighted by hours)"),
  PLANT_CAPACITY("plant_capacity", 1_000, "CNY/MWh", false, "plant capacity raised (MW in a period, weighted by hours)");

  private final String cliName;
  private final double defaultWeight;
  private final String weightUnit;
  private final boolean relaxableByDefault;
  private final String meaning;

  RelaxKind(String cliName, double defaultWeight, String weightUnit, boolean relaxableByDefault, String meaning) {
    this.cliName = cliName;
    this.defaultWeight = defaultWeight;
    this.weightUnit = weightUnit;
    this.relaxableByDefault = relaxableByDefault;
    this.meaning = meaning;
  }

  /** Name used on the command line and in files (e.g. "export_contract"). */
  public String cliName() {
    return cliName;
  }

  public double defaultWeight() {
    return defaultWeight;
  }

  public String weightUnit() {
    return weightUnit;
  }

  public boolean relaxableByDefault() {
    return relaxableByDefault;
  }

  public String meaning() {
    return meaning;
  }

  /** Parses a kind name ('-' or '_', any case); throws IllegalArgumentException naming the allowed kinds. */
  public static RelaxKind parse(String s) {
    String k = s.trim().toLowerCase(Locale.ROOT).replace('-', '_');
    for (RelaxKind kind : values()) {
      if (kind.cliName.equals(k)) {
        return kind;
      }
    }
    throw new IllegalArgumentException("unknown relaxable kind '" + s + "'; allowed: " + allNames());
  }

  /** The allowed names, comma-separated. */
  public static String allNames() {
    return Arrays.stream(values()).map(RelaxKind::cliName).collect(Collectors.joining(", "));
  }
}
