package org.coalgrid.generate.seed;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.coalgrid.domain.Chain;
import org.coalgrid.domain.PlantType;
import org.coalgrid.domain.PolicyType;
import org.coalgrid.domain.Sense;
import org.coalgrid.domain.TransportMode;
import org.coalgrid.generate.builder.CoalArcBuilder;
import org.coalgrid.generate.builder.CoalDemandBuilder;
import org.coalgrid.generate.builder.CoalGradeBuilder;
import org.coalgrid.generate.builder.DemandBuilder;
import org.coalgrid.generate.builder.EntityBuilder.Style;
import org.coalgrid.generate.builder.ExportBuilder;
import org.coalgrid.generate.builder.IndustryBuilder;
import org.coalgrid.generate.builder.InstanceBuilder;
import org.coalgrid.generate.builder.LineBuilder;
import org.coalgrid.generate.builder.MineBuilder;
import org.coalgrid.generate.builder.PeriodBuilder;
import org.coalgrid.generate.builder.PlantBuilder;
import org.coalgrid.generate.builder.PolicyBuilder;
import org.coalgrid.generate.builder.RegionBuilder;
import org.coalgrid.generate.builder.Series;
import org.coalgrid.generate.builder.TargetBuilder;
import org.coalgrid.generate.builder.WashingBuilder;

/**
 * What every shipped seed case shares: the citations ({@link Cites}), the period structures, the hydro and
 * load shapes (assumptions A-PERIODS, A-HYDRO, A-LOAD of the cases' notes), the rounding the figures are
 * written with, and entity helpers with the cases' usual values (availability 0.90 unless given, per G-P06).
 * A case writes its entities in the EXPLICIT style: every field of every record, so the files are complete.
 */
abstract class SeedCase {
  static final String A = "assumption";
  /** Capital recovery factor: 8 % real over 25 years (assumption A-CRF). */
  static final double CRF = 0.0937;

  /** A period of a case: id, hours, season and load block. */
  record Per(String id, int hours, String season, String block) {}

  static final String[] MONTHS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
  static final int[] DAYS = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  /** Peak block hours a day (A-PERIODS). */
  static final int PEAK_H_PER_DAY = 10;
  /** Monthly share of annual hydro energy, % (A-GZ-HYDRO: 75 % in May-October, G-P07). */
  static final double[] HYDRO_MONTH_SHARE = {3.5, 3.0, 3.5, 5.0, 9.0, 15.0, 16.0, 13.0, 12.0, 10.0, 6.0, 4.0};
  /** Peak-block MW over the daily mean MW (A-LOAD). */
  static final double PEAK_FACTOR = 1.15;
  /** 12 months x peak/offpeak; hours = days x 10 and days x 14 (sum 8760). */
  static final List<Per> PER = periods24();

  protected final Cites b;

  SeedCase(SourceTable sources) {
    this.b = new Cites(sources);
  }

  /** The case as an instance builder, meta.sources filled in. */
  abstract InstanceBuilder build();

  // ---- periods and shapes ----

  private static List<Per> periods24() {
    List<Per> out = new ArrayList<>();
    for (int m = 0; m < 12; m++) {
      String season = seasonOf(MONTHS[m]);
      out.add(new Per(MONTHS[m] + "-peak", DAYS[m] * PEAK_H_PER_DAY, season, "peak"));
      out.add(new Per(MONTHS[m] + "-offpeak", DAYS[m] * (24 - PEAK_H_PER_DAY), season, "offpeak"));
    }
    return List.copyOf(out);
  }

  /** G-P07: wet June-October, dry December-April; May and November are transitions. */
  static String seasonOf(String m) {
    return switch (m) {
      case "jun", "jul", "aug", "sep", "oct" -> "wet";
      case "may", "nov" -> "transition";
      default -> "dry";
    };
  }

  /** The periods, each hours figure noted with how it is made (A-PERIODS: days x hours of the block). */
  void addPeriods(InstanceBuilder in, List<Per> periods) {
    for (Per p : periods) {
      int perDay = p.block().equals("peak") ? PEAK_H_PER_DAY : 24 - PEAK_H_PER_DAY;
      in.add(new PeriodBuilder(p.id(), b.a(p.hours(), "A-PERIODS: " + p.hours() / perDay + " days x " + perDay
          + " h of the " + p.block() + " block")).season(p.season()).block(p.block()));
    }
  }

  /** The capacity of a candidate-only plant or line: nothing in service; its build adds the units. */
  Number candidateOnly() {
    return b.a(0, "candidate only: no units in service, the build below adds them");
  }

  /** A welfare-mode minimum output (A-VA: half the capacity unless noted). */
  Number welfareMin(Number t) {
    return b.a(t, "A-VA: least output in welfare mode (assumption)");
  }

  /** Peak block: PEAK_FACTOR x the mean; offpeak so that the day adds up. */
  static double blockFactor(String block) {
    if (block.equals("peak")) {
      return PEAK_FACTOR;
    }
    return (24 - PEAK_FACTOR * PEAK_H_PER_DAY) / (24 - PEAK_H_PER_DAY);
  }

  /** Run-of-river energy per period: the month's share of the annual energy, split over blocks by hours. */
  static Map<String, Number> hydroEnergyByPeriod(double annualMwh) {
    Map<String, Number> out = new LinkedHashMap<>();
    for (int i = 0; i < 12; i++) {
      String prefix = MONTHS[i] + "-";
      List<Per> month = PER.stream().filter(p -> p.id().startsWith(prefix)).toList();
      int mh = month.stream().mapToInt(Per::hours).sum();
      for (Per p : month) {
        out.put(p.id(), round(annualMwh * HYDRO_MONTH_SHARE[i] / 100.0 * p.hours() / mh, 1));
      }
    }
    return out;
  }

  /** Flat months with the peak/offpeak shape of A-LOAD; integrates to {@code annualMwh}. */
  static Map<String, Number> demandMwByPeriod(double annualMwh) {
    double mean = annualMwh / 8760.0;
    Map<String, Number> out = new LinkedHashMap<>();
    PER.forEach(p -> out.put(p.id(), round(mean * blockFactor(p.block()), 2)));
    return out;
  }

  /** Annualised capex, CNY per MW and year: CNY/kW x 1000 x CRF, rounded to the yuan. */
  static double annualised(double capexCnyPerKw, double crf) {
    return round(capexCnyPerKw * 1000.0 * crf, 0);
  }

  // ---- number formatting as the figures are written ----

  /** {@code x} rounded to {@code digits} decimals (negative: tens, hundreds, ...), ties to even. */
  static double round(double x, int digits) {
    return new BigDecimal(x).setScale(digits, RoundingMode.HALF_EVEN).doubleValue();
  }

  /** {@code x} with {@code digits} decimals, ties to even. */
  static String fixed(double x, int digits) {
    return new BigDecimal(x).setScale(digits, RoundingMode.HALF_EVEN).toPlainString();
  }

  /** A share as a whole percentage: 0.7 -> "70%". */
  static String pct(double share) {
    return fixed(share * 100, 0) + "%";
  }

  /** "liupanshui" -> "Liupanshui", "guiyang-anshun" -> "Guiyang-anshun". */
  static String capitalize(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1).toLowerCase();
  }

  // ---- entities with the cases' usual values ----

  static RegionBuilder region(String id, String name, String zh) {
    return new RegionBuilder(id).name(name).nameZh(zh).external(false);
  }

  static RegionBuilder region(String id, String name, String zh, boolean external) {
    return new RegionBuilder(id).name(name).nameZh(zh).external(external);
  }

  static CoalGradeBuilder grade(String id, String name, Number tce, Number sulfur, Number co2) {
    return new CoalGradeBuilder(id).name(name).tcePerT(tce).sulfurPct(sulfur).co2TPerTce(co2).byproduct(false);
  }

  static MineBuilder mine(String id, String name, String region, String grade, Number capacityT, Number cost) {
    return new MineBuilder(id).name(name).region(region).grade(grade).capacityT(capacityT).costCnyPerT(cost);
  }

  static WashingBuilder washing(Number share, String clean, Number cleanYield, String byproduct,
      Number byproductYield, Number cost) {
    return new WashingBuilder().washedShare(share).cleanGrade(clean).cleanYield(cleanYield)
        .byproductGrade(byproduct).byproductYield(byproductYield).costCnyPerT(cost);
  }

  static CoalArcBuilder arc(String id, String from, String to, TransportMode mode, Number capacityT, Number cost,
      Number loss) {
    return new CoalArcBuilder(id).from(from).to(to).mode(mode).capacityT(capacityT).costCnyPerT(cost)
        .lossShare(loss);
  }

  /** A plant; availability 0.9 until set (G-P06 range; the cases set it with its source). */
  static PlantBuilder plant(String id, String name, String region, PlantType type, Number capacityMw) {
    return new PlantBuilder(id).name(name).region(region).type(type).capacityMw(capacityMw).availability(0.9);
  }

  static LineBuilder line(String id, String name, String from, String to, Number capacityMw, Number loss) {
    return new LineBuilder(id).name(name).from(from).to(to).capacityMw(capacityMw).lossShare(loss);
  }

  static IndustryBuilder industry(String id, String name, String region, Chain chain, String product,
      Number capacityT, Number electricityMwhPerT) {
    return new IndustryBuilder(id).name(name).region(region).chain(chain).product(product).capacityT(capacityT)
        .electricityMwhPerT(electricityMwhPerT);
  }

  static DemandBuilder demand(String id, String region, Series mwByPeriod) {
    return new DemandBuilder(id).region(region).mwByPeriod(mwByPeriod);
  }

  static CoalDemandBuilder coalDemand(String id, String region, String grade, Number firmT, Number price) {
    return new CoalDemandBuilder(id).region(region).grade(grade).firmT(firmT).priceCnyPerT(price);
  }

  static ExportBuilder export(String id, String name, String region, Number firmMwh, Number price, Number penalty) {
    return new ExportBuilder(id).name(name).region(region).firmMwh(firmMwh).priceCnyPerMwh(price)
        .shortfallPenaltyCnyPerMwh(penalty);
  }

  static PolicyBuilder policy(String id, String name, String zh, PolicyType type, Number limit) {
    return new PolicyBuilder(id).name(name).nameZh(zh).type(type).limit(limit);
  }

  /** Cites sources the notes refer to (so they are in meta.sources). */
  void cite(String... ids) {
    for (String id : ids) {
      b.cite(id);
    }
  }

  /** A plan target with its full source (cited). */
  TargetBuilder target(String id, String name, String metric, Sense sense, Number value, String unit,
      String source) {
    return new TargetBuilder(id).name(name).metric(metric).sense(sense).value(value).tolerance(0.0).unit(unit)
        .source(b.ref(source));
  }

  /**
   * Cites the entities' own sources (meta, then regions, mines, arcs, plants, lines, industries, direct
   * supplies, demands, coal demands, exports, policies) and sets {@code meta.sources} to every source cited.
   */
  InstanceBuilder finish(InstanceBuilder in) {
    var tree = in.toTree(Style.EXPLICIT);
    for (String k : List.of("meta", "regions", "mines", "coalArcs", "plants", "lines", "industries",
        "directSupplies", "demands", "coalDemands", "exports", "policies")) {
      b.walk(tree.get(k));
    }
    in.meta().sources(b.sources());
    return in;
  }
}
