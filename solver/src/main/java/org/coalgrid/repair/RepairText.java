package org.coalgrid.repair;

import java.util.Locale;
import org.coalgrid.words.Fmt;

/** The repair in planner words, for the console and explain.md. */
public final class RepairText {
  private RepairText() {}

  /** One relaxation as a sentence, e.g. "export contract X to Guangdong short by 4.10 TWh (41.0 亿千瓦时) in ...". */
  static String sentence(RelaxKind kind, boolean above, String name, double amount, String unit, Double energyMwh,
      String periods) {
    String when = periods == null ? "" : " " + periods;
    String q = quantity(amount, unit);
    return switch (kind) {
      case DEMAND -> "load of " + name + " left unserved: " + Fmt.energy(energyMwh) + ", up to " + Fmt.power(amount)
          + when;
      case EXPORT_CONTRACT -> "export contract " + name + " short by " + q + when;
      case INDUSTRY -> "industry " + name + " output " + (above ? "above its capacity" : "below plan") + " by " + q;
      case COAL_DEMAND -> "firm coal delivery " + name + " short by " + q;
      case MINE_MIN -> "mine " + name + " minimum output lowered by " + q;
      case MINE_CAPACITY -> "mine " + name + " capacity raised by " + q;
      case ARC_CAPACITY -> "coal arc " + name + " capacity raised by " + q;
      case LINE_CAPACITY -> "corridor " + name + " capacity +" + Fmt.power(amount) + when + " (" + Fmt.energy(energyMwh)
          + " more sent)";
      case PLANT_CAPACITY -> "plant " + name + " capacity +" + Fmt.power(amount) + when;
      case HYDRO -> above ? "hydro " + name + " needs " + q + " more water" + when
          : "hydro " + name + " minimum release lowered by " + q + when;
      case POLICY -> "policy " + name + (above ? " limit raised by " : " floor lowered by ") + q;
    };
  }

  /** A domain amount in planner units: t as Mt (万吨), MWh as TWh (亿千瓦时), MW (万千瓦), else number and unit. */
  static String quantity(double amount, String unit) {
    return switch (unit) {
      case "t/yr", "t" -> amount < 1e6 ? Fmt.num(amount, 0) + " t (" + Fmt.num(amount / 1e4, 2) + " 万吨)"
          : Fmt.tonnes(amount);
      case "MWh" -> amount < 1e5 ? Fmt.num(amount, 0) + " MWh (" + Fmt.num(amount / 1e4, 2) + " 万千瓦时)"
          : Fmt.energy(amount);
      case "MW" -> Fmt.power(amount);
      default -> Fmt.num(amount, amount < 10 ? 4 : 0) + " " + unit;
    };
  }

  /** The repair block printed after an infeasible status. */
  public static String render(RepairResult r) {
    StringBuilder sb = new StringBuilder();
    if (!r.repaired()) {
      sb.append("Repair: ").append(r.status().toLowerCase(Locale.ROOT).replace('_', ' ')).append(" - ")
          .append(r.note()).append('\n');
      return sb.toString();
    }
    sb.append("The plan cannot close. The cheapest way to make it close (elastic re-solve with ").append(r.backend())
        .append("; relaxable: ").append(String.join(", ", r.relaxable())).append("):\n");
    int n = 1;
    for (Relaxation x : r.relaxations()) {
      sb.append("  ").append(n++).append(". ").append(x.text()).append('\n');
    }
    sb.append("  Weighted size of the relaxation: ").append(Fmt.money(r.totalWeightedCny()))
        .append(" (weights rank relaxations; they are not plan costs)\n");
    if (r.objectiveCny() != null) {
      sb.append("  System cost of the repaired plan: ").append(Fmt.money(r.objectiveCny())).append(" per year\n");
    }
    if (!r.note().isEmpty()) {
      sb.append("  Note: ").append(r.note()).append('\n');
    }
    for (RepairResult.Alternative a : r.alternatives()) {
      sb.append("  Or, without relaxing ").append(a.without()).append(':');
      if (a.relaxations().isEmpty()) {
        sb.append(' ').append(a.note()).append('\n');
        continue;
      }
      sb.append('\n');
      for (Relaxation x : a.relaxations()) {
        sb.append("     - ").append(x.text()).append('\n');
      }
    }
    return sb.toString();
  }
}
