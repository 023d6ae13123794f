package org.coalgrid.pathway;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.coalgrid.result.AllocationResult;

/**
 * What a pathway run produced (issue 11). Money in CNY: {@code …Cny} in the money of its year, {@code …PvCny} in
 * present value in the first year ({@link Discounting}). {@code mode} is FORESIGHT (one model of all years) or MYOPIC
 * (year by year, each year's builds passed on); {@code years} hold each year's single-year result as a solve of the
 * year instance would report it (prices in the year's money); {@code builds} the build schedule; {@code objectivePvCny}
 * the present value of all years' costs and the investment, net of salvage.
 */
public record PathwayResult(String instance, String mode, String status, String statusNote, int firstYear,
    int lastYear, double discountRate, Double objectivePvCny, Double bestBoundPvCny, Map<String, Double> termsPvCny,
    List<Year> years, List<Build> builds, List<TargetRow> targets, Map<String, Object> solver, String pricesNote) {

  /** What a build builds ({@link Build#asset}). */
  public static final String PLANT = "PLANT";
  public static final String LINE = "LINE";
  public static final String MINE = "MINE";
  public static final String POTLINE = "POTLINE";
  /** A mine's washery 洗煤厂 (id: the mine's). */
  public static final String WASHERY = "WASHERY";

  public PathwayResult {
    // in the order given (the terms' order in the objective), not Map.copyOf's order, which changes from one JVM to
    // the next: pathway.json must be the same bytes on every run
    termsPvCny = Collections.unmodifiableMap(new LinkedHashMap<>(termsPvCny));
    years = List.copyOf(years);
    builds = List.copyOf(builds);
    targets = List.copyOf(targets);
  }

  /**
   * A plan target over the years: its value in each year (null where undefined), the first year it is met (null:
   * never), the years it is met, and its status: MET (in its due year, or every year when it has none), LATE (first met after its due
   * year), MISSED.
   */
  public record TargetRow(String id, String name, String metric, String sense, double value, double tolerance,
      String unit, Integer dueYear, Map<Integer, Double> byYear, List<Integer> yearsMet, Integer firstYearMet,
      String status) {}

  /**
   * One year: its discount factor δ(y), the year's result, its objective terms in the year's money and in present
   * value (operating terms of the year model; {@code INVESTMENT} is the overnight capital of units that come in that
   * year less their salvage, in present value), and the capital spent in the year (CNY, undiscounted: overnight cost
   * of the units decided that year, which come in λ years later).
   */
  public record Year(int year, double discountFactor, AllocationResult result, Map<String, Double> termsCny,
      Map<String, Double> termsPvCny, double capitalSpentCny) {}

  /**
   * Units of a candidate build that come in in {@code year}: plant or line {@code id} ({@code type} the plant type,
   * LINE for a line, MINE for a mine, POTLINE for an industry's potlines, WASHERY for a mine's washery 洗煤厂) in
   * {@code where} (region, or from→to), {@code units} of {@code unitMw} (plants, lines; 0 for the others) or of
   * {@code unitT} t/yr (mines: raw-coal capacity; potlines: one line's output; washeries: raw coal washed; absent
   * for plants and lines); the overnight cost (CNY, null for
   * a build paid by annualised capex), paid in {@code year − lag}; its present value and the present value of what
   * is left of it after the horizon (salvage).
   */
  public record Build(boolean line, String id, String type, String where, int year, int units, double unitMw,
      Double overnightCny, int paidYear, double capitalPvCny, double salvagePvCny,
      @JsonInclude(JsonInclude.Include.NON_NULL) Double unitT) {

    public double mw() {
      return units * unitMw;
    }

    /** Capacity built in t/yr (mines, potlines, washeries; 0 for plants and lines). */
    public double t() {
      return unitT == null ? 0 : units * unitT;
    }

    /** What it builds: PLANT, LINE, MINE, POTLINE or WASHERY. */
    @JsonIgnore
    public String asset() {
      return line ? LINE : MINE.equals(type) || POTLINE.equals(type) || WASHERY.equals(type) ? type : PLANT;
    }
  }
}
