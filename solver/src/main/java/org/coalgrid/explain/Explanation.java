package org.coalgrid.explain;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.coalgrid.formulation.ConstraintFamily;
import org.coalgrid.formulation.Formulation;
import org.coalgrid.repair.RepairResult;

/**
 * The answer explained, as written to explain.json: what binds and what it is worth ({@code findings}, most
 * valuable first), and the price tables. Prices and findings come only from duals that passed the dual
 * certificate; otherwise {@code pricesAvailable} is false and {@code pricesNote} says why. {@code repair} is set
 * when the plan is infeasible and the elastic repair ran. {@code dayShape}: with representative days or a full
 * year, when in the day power is dear and what storage does (absent for blocks).
 */
public record Explanation(String instance, String status, String statusWords, Double objectiveCny,
    boolean pricesAvailable, String pricesSource, String pricesNote, List<Finding> findings, Table electricityCnyPerMwh,
    Table coalCnyPerT, Table heatCnyPerGj, Table congestionRentCnyPerMwh, RepairResult repair,
    @JsonInclude(JsonInclude.Include.NON_NULL) DayShape dayShape) {

  /**
   * One binding cap, policy or obligation, grouped over periods. {@code kind} is the row kind (e.g. "line",
   * "pcap", "mine", "policy"); {@code periods} the periods it binds in (empty for annual rows); {@code peak}
   * the largest |shadow price| in {@code unit} and {@code peakPeriod} where; {@code valuePerUnitYearCny} the
   * cost saved by one more unit of the bound ({@code rhsUnit}) over the year, in CNY (null where summing over
   * periods means nothing); {@code valueOfOnePercentCny} the saving of relaxing it by 1 % (what ranks it).
   */
  public record Finding(int rank, String family, String kind, String entity, String name, List<String> periods,
      int totalPeriods, double peak, String unit, String peakPeriod, Double valuePerUnitYearCny, String rhsUnit,
      double valueOfOnePercentCny, String text) {}

  /**
   * True if {@code family} is an obligation (planned output, contracts, firm coal sales) rather than a cap: the
   * family says so itself ({@link ConstraintFamily#role()}).
   */
  public static boolean isObligation(String family) {
    return Formulation.role(family) == ConstraintFamily.Role.OBLIGATION;
  }

  /** The {@code n} most valuable findings that are caps or policies, not obligations. */
  public List<Finding> topCaps(int n) {
    return findings.stream().filter(f -> !isObligation(f.family())).limit(n).toList();
  }

  /** A table with a label column: {@code columns} headers, {@code rows} of {@code label} and values (null = none). */
  public record Table(String rowHeader, List<String> columns, List<Row> rows) {
    public record Row(String label, List<Double> values) {}

    public boolean isEmpty() {
      return rows.isEmpty();
    }
  }
}
