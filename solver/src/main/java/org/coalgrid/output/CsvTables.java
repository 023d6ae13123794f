package org.coalgrid.output;

import static org.coalgrid.output.NameColumns.cells;
import static org.coalgrid.output.NameColumns.columns;
import static org.coalgrid.output.NameColumns.header;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Map;
import org.coalgrid.domain.Instance;
import org.coalgrid.result.AllocationResult;
import org.coalgrid.words.EntityWords;
import org.coalgrid.words.EntityWords.Kind;

/**
 * The solution as tidy CSV tables (one row per entity, or per entity and period), units in the column
 * names; with representative days or a full year also the per-step tables of {@link StepTables}. Numbers are written with up to 10 significant digits, plain notation ({@link #number}); the CSV
 * encoding itself is {@link CsvRows} (Jackson CSV).
 */
public final class CsvTables {
  private CsvTables() {}

  /**
   * {@code out} with a UTF-8 byte-order mark at the start of every .csv file, for Excel on Windows, which
   * otherwise reads UTF-8 as the local code page (Chinese names garbled).
   */
  public static FileSink withBom(FileSink out) {
    return (name, content) -> out.file(name, name.endsWith(".csv") ? w -> {
      w.write('\uFEFF');
      content.write(w);
    } : content);
  }

  /** Writes every table into {@code out}, with no names beside the ids (no instance at hand). */
  public static void writeAll(AllocationResult r, FileSink out) throws IOException {
    writeAll(r, null, out);
  }

  /**
   * Writes every table into {@code out}; beside each id column the entity's name from {@code in} (the instance
   * solved; null leaves the name cells empty), as {@link NameColumns} says.
   */
  public static void writeAll(AllocationResult r, Instance in, FileSink out) throws IOException {
    NameColumns n = new NameColumns(in == null ? null : new EntityWords(in));
    out.file("objective.csv", CsvRows.table(csv -> {
      csv.header("term", "cny_per_yr");
      if (r.objective() != null) {
        csv.row("TOTAL", r.objective().totalCny());
        for (Map.Entry<String, Double> e : r.objective().termsCny().entrySet()) {
          csv.row(e.getKey(), e.getValue());
        }
      }
    }));
    // columns of builds only when the instance has them: files of instances without keep their bytes
    boolean mineBuilds = r.mines().stream().anyMatch(m -> m.builtUnits() != null);
    boolean washeries = r.mines().stream().anyMatch(m -> m.washery() != null);
    out.file("mines.csv", CsvRows.table(csv -> {
      String[] head = columns(header("mine", Kind.MINE), header("region", Kind.REGION), header("grade", Kind.GRADE),
          "output_t", "capacity_t", "min_output_t", "washed_clean_t", "washed_byproduct_t", "cost_cny_per_t",
          "capacity_shadow_price_cny_per_t");
      head = mineBuilds ? columns(head, "built_units", "built_t") : head;
      csv.header(washeries ? columns(head, "washed_t", "washery_capacity_t", "washery_built_units",
          "washery_built_t", "washery_capacity_shadow_price_cny_per_t") : head);
      for (var m : r.mines()) {
        Object[] row = cells(n.id(Kind.MINE, m.id()), n.id(Kind.REGION, m.region()), n.id(Kind.GRADE, m.grade()),
            m.outputT(), m.capacityT(), m.minOutputT(), m.washedCleanT(), m.washedByproductT(), m.costCnyPerT(),
            m.capacityShadowPriceCnyPerT());
        row = mineBuilds ? cells(row, m.builtUnits(), m.builtT()) : row;
        var w = m.washery();
        csv.row(!washeries ? row : w == null ? cells(row, null, null, null, null, null)
            : cells(row, w.washedT(), w.capacityT(), w.builtUnits(), w.builtT(), w.capacityShadowPriceCnyPerT()));
      }
    }));
    out.file("arcs.csv", CsvRows.table(csv -> {
      csv.header(columns(header("arc", Kind.ARC), header("from", Kind.REGION), header("to", Kind.REGION), "mode",
          header("grade", Kind.GRADE), "flow_t", "arc_total_t", "capacity_t", "loss_t",
          "capacity_shadow_price_cny_per_t"));
      for (var a : r.coalArcs()) {
        for (var f : a.flowsT().entrySet()) {
          csv.row(cells(n.id(Kind.ARC, a.id()), n.id(Kind.REGION, a.from()), n.id(Kind.REGION, a.to()), a.mode(),
              n.id(Kind.GRADE, f.getKey()), f.getValue(), a.totalT(), a.capacityT(), a.lossT(),
              a.capacityShadowPriceCnyPerT()));
        }
      }
    }));
    out.file("plants.csv", CsvRows.table(csv -> {
      csv.header(columns(header("plant", Kind.PLANT), header("region", Kind.REGION), "type", "capacity_mw",
          "built_mw", "generation_mwh", "utilisation_h", "fuel_tce"));
      for (var p : r.plants()) {
        csv.row(cells(n.id(Kind.PLANT, p.id()), n.id(Kind.REGION, p.region()), p.type(), p.capacityMw(),
            p.builtMw(), p.generationMwh(), p.utilisationHours(), p.fuelTce()));
      }
    }));
    out.file("plant_periods.csv", CsvRows.table(csv -> {
      csv.header(columns(header("plant", Kind.PLANT), "type", header("region", Kind.REGION), "period", "output_mw",
          "energy_mwh", "available_mw", "pump_mw", "level_mwh", "spill_mwh", "capacity_rent_cny_per_mwh"));
      for (var p : r.plants()) {
        Object[] plant = n.id(Kind.PLANT, p.id());
        Object[] region = n.id(Kind.REGION, p.region());
        for (var t : p.periods()) {
          csv.row(cells(plant, p.type(), region, t.period(), t.mw(), t.mwh(), t.availableMw(), t.pumpMw(),
              t.levelMwh(), t.spillMwh(), t.rentCnyPerMwh()));
        }
      }
    }));
    out.file("coal_use.csv", CsvRows.table(csv -> {
      csv.header(columns("consumer_kind", "consumer", "consumer_name", header("grade", Kind.GRADE), "coal_t"));
      for (var p : r.plants()) {
        for (var e : p.coalT().entrySet()) {
          csv.row(cells("plant", p.id(), n.name(Kind.PLANT, p.id()), n.id(Kind.GRADE, e.getKey()), e.getValue()));
        }
      }
      for (var i : r.industries()) {
        for (var e : i.coalT().entrySet()) {
          csv.row(cells("industry", i.id(), n.name(Kind.INDUSTRY, i.id()), n.id(Kind.GRADE, e.getKey()),
              e.getValue()));
        }
      }
      for (var d : r.coalDemands()) {
        csv.row(cells("coal_demand", d.id(), "", n.id(Kind.GRADE, d.grade()), d.servedT()));
      }
    }));
    out.file("line_periods.csv", CsvRows.table(csv -> {
      csv.header(columns(header("line", Kind.LINE), header("from", Kind.REGION), header("to", Kind.REGION),
          "period", "flow_mw", "reverse_flow_mw", "capacity_mw", "congestion_rent_cny_per_mwh"));
      for (var l : r.lines()) {
        Object[] ids = cells(n.id(Kind.LINE, l.id()), n.id(Kind.REGION, l.from()), n.id(Kind.REGION, l.to()));
        for (var t : l.periods()) {
          csv.row(cells(ids, t.period(), t.flowMw(), t.reverseMw(), t.capacityMw(), t.congestionRentCnyPerMwh()));
        }
      }
    }));
    boolean potlineBuilds = r.industries().stream().anyMatch(i -> i.potlinesBuilt() != null);
    out.file("industries.csv", CsvRows.table(csv -> {
      String[] head = columns(header("industry", Kind.INDUSTRY), header("region", Kind.REGION), "chain", "product",
          "output_t", "planned_output_t", "capacity_t", "electricity_mwh", "heat_gj", "potlines_running",
          "marginal_cost_cny_per_t");
      csv.header(potlineBuilds ? columns(head, "potlines_built") : head);
      for (var i : r.industries()) {
        Object[] row = cells(n.id(Kind.INDUSTRY, i.id()), n.id(Kind.REGION, i.region()), i.chain(), i.product(),
            i.outputT(), i.plannedOutputT(), i.capacityT(), i.electricityMwh(), i.heatGj(), i.potlinesRunning(),
            i.marginalCostCnyPerT());
        csv.row(potlineBuilds ? cells(row, i.potlinesBuilt()) : row);
      }
    }));
    out.file("exports.csv", CsvRows.table(csv -> {
      csv.header(columns(header("contract", Kind.EXPORT), header("region", Kind.REGION), "period", "firm_mwh",
          "delivered_mw", "delivered_mwh", "shortfall_mwh", "marginal_cost_cny_per_mwh"));
      for (var x : r.exports()) {
        Object[] ids = cells(n.id(Kind.EXPORT, x.id()), n.id(Kind.REGION, x.region()));
        for (var t : x.periods()) {
          csv.row(cells(ids, t.period(), t.firmMwh(), t.deliveredMw(), t.deliveredMwh(), t.shortfallMwh(),
              t.marginalCostCnyPerMwh()));
        }
      }
    }));
    out.file("prices_electricity.csv", CsvRows.table(csv -> {
      csv.header(columns(header("region", Kind.REGION), "period", "price_cny_per_mwh"));
      for (var p : r.prices().electricity()) {
        csv.row(cells(n.id(Kind.REGION, p.region()), p.period(), p.cnyPerMwh()));
      }
    }));
    out.file("prices_coal.csv", CsvRows.table(csv -> {
      csv.header(columns(header("region", Kind.REGION), header("grade", Kind.GRADE), "origin_class",
          "price_cny_per_t"));
      for (var p : r.prices().coal()) {
        csv.row(cells(n.id(Kind.REGION, p.region()), n.id(Kind.GRADE, p.grade()), p.originClass(), p.cnyPerT()));
      }
    }));
    out.file("binding.csv", CsvRows.table(csv -> {
      csv.header("row", "family", "entity", "entity_name", "entity_name_zh", "period", "shadow_price",
          "shadow_price_unit", "value_of_relaxing_cny", "per_unit", "value_of_1pct_cny");
      for (var b : r.binding()) {
        csv.row(b.row(), b.family(), b.entity(), n.familyName(b.family(), b.entity()),
            n.familyNameZh(b.family(), b.entity()), b.period(), b.shadowPrice(), b.unit(), b.valueOfRelaxing(),
            b.rhsUnit(), b.valueOfOnePercentCny());
      }
    }));
    StepTables.write(r, in, n, out);
  }

  /**
   * Plain decimal with up to 10 significant digits; -0 becomes 0. The digits are those of the exact binary
   * value of {@code d} rounded half-up to 10 significant digits ({@link #numberExact}); {@link #numberFast}
   * gets the same string without {@code BigDecimal} except near a rounding tie.
   */
  public static String number(double d) {
    if (Double.isNaN(d) || Double.isInfinite(d)) {
      return Double.toString(d);
    }
    if (Math.abs(d) < 1e-9) {
      return "0";
    }
    String fast = numberFast(d);
    return fast != null ? fast : numberExact(d);
  }

  /** The reference: {@code d} exactly, rounded half-up to 10 significant digits, trailing zeros stripped. */
  static String numberExact(double d) {
    return new BigDecimal(d).round(new MathContext(10)).stripTrailingZeros().toPlainString();
  }

  /** Powers of ten that are exact doubles (10^0 .. 10^22). */
  private static final double[] POW10 = new double[23];

  static {
    double p = 1;
    for (int k = 0; k < POW10.length; k++) {
      POW10[k] = p;
      p *= 10;
    }
  }

  /**
   * {@link #numberExact} without {@code BigDecimal}, or null where it cannot be sure. With the scale s such
   * that v = |d| x 10^s lies in [10^9, 10^10), v is computed with one rounding (10^|s| is exact for |s| <= 22),
   * so it is within 2e-6 of the exact product; unless v's fraction is within 1e-4 of the tie 0.5 (or v is
   * that close to the next decade), rounding v half-up gives the same 10 digits as rounding the exact value.
   */
  static String numberFast(double d) {
    double a = Math.abs(d);
    int s = 9 - (int) Math.floor(Math.log10(a));
    if (s > 22 || s < -22) {
      return null;
    }
    double v = s >= 0 ? a * POW10[s] : a / POW10[-s];
    if (v < 1e9 || v >= 1e10 - 1e-3) { // log10 was off by one, or too close to the next decade to be sure
      return null;
    }
    double fl = Math.floor(v);
    double frac = v - fl; // exact
    if (Math.abs(frac - 0.5) < 1e-4) {
      return null; // near a tie: only the exact value can tell
    }
    long n = (long) fl + (frac > 0.5 ? 1 : 0);
    while (n % 10 == 0) {
      n /= 10;
      s--;
    }
    StringBuilder sb = new StringBuilder(24);
    if (d < 0) {
      sb.append('-');
    }
    String digits = Long.toString(n);
    if (s <= 0) {
      sb.append(digits);
      for (int k = 0; k < -s; k++) {
        sb.append('0');
      }
    } else if (digits.length() > s) {
      sb.append(digits, 0, digits.length() - s).append('.').append(digits, digits.length() - s, digits.length());
    } else {
      sb.append("0.");
      for (int k = digits.length(); k < s; k++) {
        sb.append('0');
      }
      sb.append(digits);
    }
    return sb.toString();
  }

  static List<String> names() {
    return List.of("objective.csv", "mines.csv", "arcs.csv", "plants.csv", "plant_periods.csv", "coal_use.csv",
        "line_periods.csv", "industries.csv", "exports.csv", "prices_electricity.csv", "prices_coal.csv",
        "binding.csv");
  }
}
