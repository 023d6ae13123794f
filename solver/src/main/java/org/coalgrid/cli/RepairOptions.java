package org.coalgrid.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.coalgrid.api.Settings;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The options of the infeasibility repair, shared by the commands that solve (a picocli mixin). */
final class RepairOptions {
  @Option(names = "--no-repair", description = "On an infeasible plan, do not run the elastic repair.")
  boolean noRepair;

  @Option(names = "--relax", split = ",", paramLabel = "KIND",
      description = "Kinds the repair may relax (replaces the default set; 'all' for every kind): "
          + "demand, export_contract, industry, coal_demand, mine_min, hydro, policy (default), "
          + "mine_capacity, arc_capacity, line_capacity, plant_capacity.")
  List<String> relax;

  @Option(names = "--weight", paramLabel = "KIND=W",
      description = "Repair weight of a kind in CNY per unit (repeatable), e.g. --weight policy=5000.")
  Map<String, String> weights = new LinkedHashMap<>();

  /** {@code s} with the repair options; a bad kind or weight is a usage error (exit 2). */
  Settings apply(Settings s, CommandLine cmd) {
    try {
      if (relax != null) {
        s = s.withRelax(relax);
      }
      for (Map.Entry<String, String> e : weights.entrySet()) {
        double w;
        try {
          w = Double.parseDouble(e.getValue());
        } catch (NumberFormatException nfe) {
          w = Double.NaN;
        }
        if (!Double.isFinite(w) || w <= 0) {
          s.withRepairWeight(e.getKey(), 1); // an unknown kind is reported first
          throw new CommandLine.ParameterException(cmd, "--weight " + e.getKey() + " must be a positive number (CNY "
              + "per unit), got '" + e.getValue() + "'");
        }
        s = s.withRepairWeight(e.getKey(), w);
      }
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(cmd, "--relax/--weight: " + e.getMessage());
    }
    return s.withRepairOnInfeasible(!noRepair);
  }
}
