package org.coalgrid.cli;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.coalgrid.repair.RelaxKind;
import org.coalgrid.repair.RepairSettings;
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

  /** The repair settings from the options; a bad kind or weight is a usage error (exit 2). */
  RepairSettings settings(CommandLine cmd) {
    RepairSettings s = RepairSettings.defaults();
    try {
      if (relax != null) {
        Set<RelaxKind> kinds = EnumSet.noneOf(RelaxKind.class);
        for (String k : relax) {
          if (k.trim().equalsIgnoreCase("all")) {
            kinds.addAll(EnumSet.allOf(RelaxKind.class));
          } else {
            kinds.add(RelaxKind.parse(k));
          }
        }
        s = s.withRelaxable(kinds);
      }
      for (Map.Entry<String, String> e : weights.entrySet()) {
        RelaxKind k = RelaxKind.parse(e.getKey());
        double w;
        try {
          w = Double.parseDouble(e.getValue());
        } catch (NumberFormatException nfe) {
          w = Double.NaN;
        }
        if (!Double.isFinite(w) || w <= 0) {
          throw new IllegalArgumentException("--weight " + e.getKey() + " must be a positive number (CNY per unit), got '"
              + e.getValue() + "'");
        }
        s = s.withWeight(k, w);
      }
    } catch (IllegalArgumentException e) {
      String msg = e.getMessage().startsWith("--weight") ? e.getMessage() : "--relax/--weight: " + e.getMessage();
      throw new CommandLine.ParameterException(cmd, msg);
    }
    return s;
  }
}
