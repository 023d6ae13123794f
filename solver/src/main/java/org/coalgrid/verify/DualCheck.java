package org.coalgrid.verify;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;

/**
 * The dual certificate of docs/formulation.md §6, recomputed from the instance, the solution's values and the
 * duals it records ({@code prices.rowDuals}), never trusted: reduced costs d = c − Aᵀy of every column of the
 * verifier's own model, then
 * <ol>
 *   <li>dual sign feasibility: a row dual or reduced cost beyond the tolerance must point at a finite bound;</li>
 *   <li>complementary slackness, term by term: a column whose reduced cost counts sits at the bound it points at,
 *       |value − bound| ≤ tol·(|value| + |bound| + one model unit of the column), and a row whose dual counts
 *       at its bound, |activity − bound| ≤ tol·(Σ|a·x| + |bound| + one model unit of the row): the tolerance
 *       scales with the values of that column or row, not with the whole objective, so 10 t moved off its bound
 *       on one arc of a 10¹⁰-CNY plan fails (it did not: 300 CNY is far below tol·objective). With integers (a
 *       MILP) the values are the MILP's and the duals those of its LP with the integers fixed, so a term may
 *       reach (tol + MIP gap)·(10⁶ + |objective|) CNY instead; for coal split by origin class, whose values the
 *       solution gives only in total, the least reduced cost of the classes times the total is held to that
 *       too;</li>
 *   <li>strong duality: |primal − dual objective| / (10⁶ + |primal|) at most tol, the figure the solution prints
 *       as {@code prices.certificate.relativeDualityGap}, which must agree with it to the rounding bound
 *       {@link Gap#roundingCny} ({@link StatusCheck#certificate}). A dual or reduced cost within
 *       the tolerance counts as zero on both sides: its term (dual × activity, reduced cost × value) enters the
 *       dual objective as it enters the primal one through cᵀx = yᵀAx + dᵀx.</li>
 * </ol>
 * Tolerances are those of the certificate, applied in the model's own scaling (kt, MW, GWh, million CNY):
 * tol = 1e-6, or 1e-4 when the duals come from PDLP; a dual or reduced cost counts when it exceeds
 * tol·max(1, largest cost coefficient). With integers (a MILP), the duals are those of the LP with the
 * integers fixed at the solution's values: those columns count at their value, and the primal objective may
 * exceed the dual one by the MIP gap the solution was asked for (at least 1e-6).
 */
final class DualCheck {
  private DualCheck() {}

  static final String MESSAGE = "strong duality and complementary slackness hold (relative gap %.2e)";

  /** The unit roundoff of a double, 2⁻⁵³. */
  static final double UNIT_ROUNDOFF = 0x1p-53;

  /**
   * The relative duality gap recomputed ({@code relative}, NaN without duals), its denominator {@code norm}
   * = 10⁶ + |primal| CNY, and {@code roundingCny}, how far two computations of the gap may differ in CNY by
   * floating-point rounding alone. solution.json holds exact doubles (Jackson writes the shortest decimal that reads
   * back to the same double, up to 17 significant digits), so the written values add no rounding of their own
   * beyond one conversion to domain units; what differs is the solver's arithmetic in the model's scaling (kt,
   * GWh, million CNY) and the verifier's in domain units. Both sides sum the primal and the dual objective with
   * compensated (Neumaier) summation, so each sum errs by about 2u of itself (u = 2⁻⁵³) rather than by u of every
   * partial sum; each term carries at most {@link #ROUNDINGS} roundings of its inputs and product, and a reduced
   * cost or a row activity inside a term the rounding of its own sum of k terms (γ_k, Higham, Accuracy and
   * Stability of Numerical Algorithms, §4.2). {@link #roundingCny} adds these up for both sides. One term is not
   * rounding but unknown: a reduced cost within the tolerance of a coal origin class (大煤保大电), which the solver
   * counts as zero on both sides (d·x) while solution.json gives only the classes' total; with 0 ≤ x ≤ total the
   * term lies within |d|·total, which is added (PDLP's duals leave such noise; simplex's are 0 to rounding).
   */
  record Gap(double relative, double norm, double roundingCny) {
    static final Gap NONE = new Gap(Double.NaN, Double.NaN, Double.NaN);
  }

  /** Every row's dual in its domain unit, from prices.rowDuals (absent rows: 0); null without certified prices. */
  static double[] duals(Context c) {
    JsonNode prices = c.s.root.get("prices");
    boolean available = prices != null && prices.path("available").asBoolean(false);
    JsonNode map = prices == null ? null : prices.get("rowDuals");
    if (!available) {
      c.f.require(map == null || map.isNull(), "price", "prices", "rowDuals are written although prices are not "
          + "available");
      return null;
    }
    if (map == null || !map.isObject()) {
      throw new MalformedSolutionException("prices.rowDuals is missing: the duals cannot be checked");
    }
    double[] y = new double[c.model.numRows()];
    var it = map.fields();
    while (it.hasNext()) {
      var e = it.next();
      int i = c.model.rowIndex(e.getKey());
      Double v = Written.number(e.getValue());
      if (v == null || !Double.isFinite(v)) {
        throw new MalformedSolutionException("prices.rowDuals." + e.getKey() + " is not a finite number");
      }
      if (i < 0) {
        c.f.require(false, "dual", e.getKey(), "prices.rowDuals names a row the model does not have");
        continue;
      }
      y[i] = v;
    }
    return y;
  }

  /** Recomputes the certificate for duals {@code y}; returns the relative duality gap it finds and its bound. */
  static Gap check(Context c, double[] y, double relTol, double mipGap) {
    DualModel m = c.model;
    boolean mip = m.numIntegers() > 0;
    Sum primalSum = new Sum();
    for (double v : m.termValues().values()) {
      primalSum.add(v);
    }
    double primal = primalSum.value();
    double norm = 1e6 + Math.abs(primal);
    int n = m.numColumns();
    double[] d = new double[n];
    double[] aty = new double[n]; // Σ|a·y| of each column, for the rounding of its reduced cost
    int[] terms = new int[n];
    double cmax = 1;
    for (int j = 0; j < n; j++) {
      d[j] = m.cost(j);
      aty[j] = Math.abs(m.cost(j));
      cmax = Math.max(cmax, Math.abs(m.cost(j) * m.scale(j) / 1e6));
    }
    int[] cols = m.columnsOfRows();
    double[] vals = m.valuesOfRows();
    for (int i = 0; i < y.length; i++) {
      if (y[i] != 0) {
        for (int k = m.rowStart(i); k < m.rowStart(i + 1); k++) {
          d[cols[k]] -= vals[k] * y[i];
          aty[cols[k]] += Math.abs(vals[k] * y[i]);
          terms[cols[k]]++;
        }
      }
    }
    double dualTol = relTol * cmax;
    double slackTol = mip ? relTol + Math.max(1e-6, mipGap) : relTol;
    Sum dual = new Sum();
    // the rounding bound of Gap: every term either side adds, as a magnitude, weighted by the roundings it has
    double products = 0;
    double sums = 0;
    double unknown = 0;
    for (int j = 0; j < n; j++) {
      products += Math.abs(m.cost(j) * (m.groupOf(j) < 0 ? m.value(j) : m.groupTotal(m.groupOf(j))));
    }
    for (int i = 0; i < y.length; i++) {
      if (y[i] == 0) {
        continue; // no term on either side
      }
      var spec = m.spec(i);
      double[] activity = m.activity(i);
      double size = 2 * activity[1]; // Σ|a·x| of the row
      if (Math.abs(y[i] * spec.scale() / 1e6) <= dualTol) {
        double act = activity[0];
        if (!Double.isNaN(act)) {
          dual.add(y[i] * act); // counts as zero on both sides of the gap
          products += Math.abs(y[i]) * size;
          sums += (m.rowStart(i + 1) - m.rowStart(i)) * Math.abs(y[i]) * size;
        }
        continue;
      }
      double bound = y[i] > 0 ? spec.lb() : spec.ub();
      if (Double.isInfinite(bound)) {
        c.f.record("dual sign", spec.name(), y[i], spec.dualUnit(), String.format(Locale.ROOT,
            "dual sign %s: dual %s %s of the wrong sign (the row has no %s bound)", spec.name(), Findings.fmt(y[i]),
            spec.dualUnit(), y[i] > 0 ? "lower" : "upper"));
        continue;
      }
      dual.add(y[i] * bound);
      products += Math.abs(y[i] * bound);
      double act = activity[0];
      if (!Double.isNaN(act)) {
        slack(c, new Term(spec.name(), "row", "activity", act, size, bound, y[i], spec.dualUnit(), spec.scale(),
            spec.rhsUnit()), norm, relTol, mip ? slackTol : Double.NaN);
      }
    }
    double[] groupMin = new double[m.numGroups()];
    java.util.Arrays.fill(groupMin, Double.POSITIVE_INFINITY);
    double[] groupLower = new double[m.numGroups()]; // Σ lower bounds of the classes
    int[] groupMember = new int[m.numGroups()]; // a member, for the name and the unit
    for (int j = 0; j < n; j++) {
      c.f.counted();
      int g = m.groupOf(j);
      double value = g < 0 ? m.value(j) : m.groupTotal(g);
      if (mip && m.isInteger(j)) {
        dual.add(d[j] * m.value(j)); // fixed at its value in the LP that gave the duals
        products += Math.abs(d[j] * value);
        sums += (terms[j] + 1) * aty[j] * Math.abs(value);
        continue;
      }
      boolean counts = Math.abs(d[j] * m.scale(j) / 1e6) > dualTol;
      if (g >= 0) {
        groupMin[g] = Math.min(groupMin[g], counts ? d[j] : 0);
        groupLower[g] += m.lower(j);
        groupMember[g] = j;
      }
      if (!counts) {
        if (g < 0 && d[j] != 0) {
          dual.add(d[j] * m.value(j)); // counts as zero on both sides of the gap
          products += Math.abs(d[j] * value);
          sums += (terms[j] + 1) * aty[j] * Math.abs(value);
        } else if (g >= 0) {
          // the solver adds d·x of this origin class; its x is not written, only the group's total: 0 ≤ x ≤ total
          unknown += Math.abs(d[j] * value);
        }
        continue;
      }
      double bound = d[j] > 0 ? m.lower(j) : m.upper(j);
      if (Double.isInfinite(bound)) {
        c.f.record("dual sign", m.columnName(j), d[j], "CNY", String.format(Locale.ROOT,
            "dual sign %s: reduced cost %s CNY per unit of the column is of the wrong sign (no %s bound)",
            m.columnName(j), Findings.fmt(d[j]), d[j] > 0 ? "lower" : "upper"));
        continue;
      }
      dual.add(d[j] * bound);
      products += Math.abs(d[j] * bound);
      sums += (terms[j] + 1) * aty[j] * Math.abs(bound);
      if (g < 0) {
        slack(c, new Term(m.columnName(j), "column", "value", m.value(j), Math.abs(m.value(j)), bound, d[j],
            "CNY per unit", m.scale(j), null), norm, relTol, mip ? slackTol : Double.NaN);
      }
    }
    for (int g = 0; g < m.numGroups(); g++) {
      double total = m.groupTotal(g);
      double least = Math.max(0, groupMin[g]);
      c.f.counted();
      if (least == 0) {
        continue;
      }
      // every class at its lower bound: the total at the sum of them, to the term's own tolerance for an LP
      double off = Math.abs(total - groupLower[g]);
      double allowed = mip ? slackTol * norm / least : relTol * (Math.abs(total) + Math.abs(groupLower[g])
          + m.scale(groupMember[g]));
      if (off > allowed) {
        String name = m.columnName(groupMember[g]);
        c.f.record("complementary slackness", name, off * least, "CNY", String.format(Locale.ROOT,
            "complementary slackness %s: coal of %s t is carried although every origin class has a positive "
            + "reduced cost (least %s CNY/t): %s t off the classes' lower bounds, more than %s t; %s CNY/yr at "
            + "stake", name, Findings.fmt(total), Findings.fmt(least), Findings.fmt(off), Findings.fmt(allowed),
            Findings.fmt(off * least)));
      }
    }
    double gap = Math.abs(primal - dual.value()) / norm;
    c.f.counted();
    double gapTol = mip ? relTol + Math.max(1e-6, mipGap) : relTol;
    if (!(gap <= gapTol)) {
      c.f.record("strong duality", "objective", primal - dual.value(), "CNY", String.format(Locale.ROOT,
          "strong duality: primal objective %s CNY vs dual objective %s CNY (relative gap %.2e, tolerance %.0e)",
          Findings.fmt(primal), Findings.fmt(dual.value()), gap, gapTol));
    }
    return new Gap(gap, norm, roundingCny(products, sums, (long) n + y.length) + unknown);
  }

  /**
   * The rounding bound of {@link Gap#roundingCny}: 2·u·(ROUNDINGS·products + sums) + 2·N·u²·products, for
   * {@code products} the magnitudes of the N terms each side sums (compensated, so the sum itself adds 2u of its
   * result and N·u² of the magnitudes) and {@code sums} the magnitudes of the recursive sums inside the terms
   * (a reduced cost c − Σa·y of k duals, a row activity Σa·x of k values), each weighted by its k.
   */
  static double roundingCny(double products, double sums, long terms) {
    double u = UNIT_ROUNDOFF;
    return 2 * u * (ROUNDINGS * products + sums) + 2 * terms * u * u * products;
  }

  /**
   * Roundings a term may carry on one side, beyond the sums inside it: the instance's figure to the model's
   * coefficient (unit conversion, efficiencies: a few), the written value (× its scale: 1), the product (1), the
   * compensated sum (2).
   */
  static final int ROUNDINGS = 16;

  /** Neumaier's compensated sum: the result errs by about 2u of itself, not by u of each partial sum. */
  static final class Sum {
    private double sum;
    private double compensation;

    void add(double v) {
      double t = sum + v;
      compensation += Math.abs(sum) >= Math.abs(v) ? (sum - t) + v : (v - t) + sum;
      sum = t;
    }

    double value() {
      return sum + compensation;
    }
  }

  /**
   * One complementary-slackness term: a row (its activity, Σ|a·x| as {@code size}) or a column (its value) with
   * its dual, the bound the dual points at, and {@code unit}, one model unit of it in domain units (1,000 t of a
   * kt column, 1 MWh … of a row, §1 of docs/formulation.md).
   */
  private record Term(String name, String kind, String what, double value, double size, double bound, double dual,
      String dualUnit, double unit, String valueUnit) {}

  /**
   * Checks one term. For an LP ({@code mipTol} NaN), the term's own tolerance: off its bound by at most
   * tol·(size + |bound| + unit); for a MILP, |value − bound|·|dual| at most mipTol·norm CNY.
   */
  private static void slack(Context c, Term t, double norm, double tol, double mipTol) {
    c.f.counted();
    double off = Math.abs(t.value() - t.bound());
    double cny = off * Math.abs(t.dual());
    String units = t.valueUnit() == null ? "" : " " + t.valueUnit();
    if (!Double.isNaN(mipTol)) {
      if (cny / norm > mipTol) {
        c.f.record("complementary slackness", t.name(), cny, "CNY", String.format(Locale.ROOT,
            "complementary slackness %s: %s %s has dual %s %s but its %s %s%s is off its bound %s (%s CNY, more "
            + "than (tolerance + MIP gap) %.0e of the objective's size %s CNY)", t.name(), t.kind(), t.name(),
            Findings.fmt(t.dual()), t.dualUnit(), t.what(), Findings.fmt(t.value()), units, Findings.fmt(t.bound()),
            Findings.fmt(cny), mipTol, Findings.fmt(norm)));
      }
      return;
    }
    double allowed = tol * (t.size() + Math.abs(t.bound()) + t.unit());
    if (off > allowed) {
      c.f.record("complementary slackness", t.name(), cny, "CNY", String.format(Locale.ROOT,
          "complementary slackness %s: %s %s has dual %s %s but its %s %s%s is off its bound %s by %s, more than "
          + "%.0e × (%s + |bound| + one model unit %s) = %s; %s CNY/yr at stake", t.name(), t.kind(), t.name(),
          Findings.fmt(t.dual()), t.dualUnit(), t.what(), Findings.fmt(t.value()), units, Findings.fmt(t.bound()),
          Findings.fmt(off), tol, t.kind().equals("row") ? "Σ|a·x|" : "|value|", Findings.fmt(t.unit()),
          Findings.fmt(allowed), Findings.fmt(cny)));
    }
  }
}
