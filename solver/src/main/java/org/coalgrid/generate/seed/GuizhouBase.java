package org.coalgrid.generate.seed;

import static org.coalgrid.domain.TransportMode.RAIL;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.coalgrid.generate.builder.CandidateBuilder;
import org.coalgrid.generate.builder.InstanceBuilder;
import org.coalgrid.generate.builder.LineBuilder;

/**
 * The Guizhou province cases (2005, 2010, 2015): eight prefectures (Guiyang and Anshun merged), Guangdong as
 * the 西电东送 market and outside coal buyers; coal areas, rail, the 500 kV grid and the load split by
 * prefecture (assumptions A-GZ-*).
 */
abstract class GuizhouBase extends PlanCase {
  static final String[][] REGIONS = {{"bijie", "Bijie", "毕节"}, {"liupanshui", "Liupanshui", "六盘水"},
      {"qianxinan", "Qianxinan", "黔西南"}, {"zunyi", "Zunyi", "遵义"}, {"guiyang-anshun", "Guiyang and Anshun", "贵阳-安顺"},
      {"qiandongnan", "Qiandongnan", "黔东南"}, {"qiannan", "Qiannan", "黔南"}, {"tongren", "Tongren", "铜仁"}};
  /** Share of other (non-modelled) load by prefecture: assumption A-GZ-LOAD (no seed gives regional load). */
  static final Map<String, Double> LOAD_SHARE = shares("guiyang-anshun", 0.30, "zunyi", 0.17, "bijie", 0.12,
      "liupanshui", 0.12, "qianxinan", 0.08, "qiannan", 0.08, "qiandongnan", 0.07, "tongren", 0.06);
  /** Share of coal-mine capacity by area: assumption A-GZ-REGIONS (C-A01 names the core areas). */
  static final Map<String, Double> COAL_SHARE = shares("liupanshui", 0.36, "bijie", 0.30, "qianxinan", 0.16,
      "zunyi", 0.10, "guiyang-anshun", 0.05, "qiannan", 0.03);
  static final List<String> CORE_COAL_AREAS = List.of("liupanshui", "bijie", "qianxinan");
  static final List<String> NOTES = List.of(
      "A-GZ-REGIONS: eight prefectures (Guiyang and Anshun merged: the HVDC I sending end and the Guiyang "
          + "aluminium/phosphorus base); coal areas from C-A01/C-A11; mine capacity shares by area assumed "
          + "(liupanshui 36 %, bijie 30 %, qianxinan 16 %, zunyi 10 %, guiyang-anshun 5 %, qiannan 3 %) since no "
          + "seed gives area output.",
      "A-GZ-LOAD: other (non-modelled) load split by prefecture: guiyang-anshun 30 %, zunyi 17 %, bijie 12 %, "
          + "liupanshui 12 %, qianxinan 8 %, qiannan 8 %, qiandongnan 7 %, tongren 6 % (assumption).",
      "A-GZ-GRID: internal 500 kV corridors are bidirectional and sized generously (assumption, no seed ratings) "
          + "with 1.5 % loss (G-T05); the binding network elements are the export corridors to Guangdong.",
      "A-GZ-HYDRO: monthly hydro energy shares 3.5/3/3.5/5/9/15/16/13/12/10/6/4 % (Jan-Dec): 75 % in May-October "
          + "as in G-P07 (70-80 %); the monthly shape inside that is assumed. Within a month energy is split over "
          + "blocks by hours except for reservoirs.",
      "A-GZ-EXPORT: the Guangdong contract is firm energy spread by hours; price 350 CNY/MWh (G-E02 Guizhou "
          + "benchmark 0.33-0.37 CNY/kWh); wheeling 75 CNY/MWh on export corridors (G-E02 0.05-0.10); shortfall "
          + "penalty 1,000 CNY/MWh (assumption).",
      "A-GZ-OUTCOAL: outside coal buyers (neighbouring provinces; C-A03/C-A05 name Guizhou as a coal export base) "
          + "pay 600 CNY/t (G-E01 450-650) up to maxT; rail 120 CNY/t (0.12 CNY/t.km x 1,000 km, G-E04).");

  GuizhouBase(SourceTable sources) {
    super(sources);
  }

  static Map<String, Double> shares(Object... kv) {
    Map<String, Double> m = new LinkedHashMap<>();
    for (int k = 0; k < kv.length; k += 2) {
      m.put((String) kv[k], (Double) kv[k + 1]);
    }
    return m;
  }

  static List<String> notes(String... extra) {
    List<String> out = new ArrayList<>(NOTES);
    out.addAll(List.of(extra));
    return out;
  }

  /** Periods, the eight prefectures, Guangdong and outside buyers, and the three coal grades. */
  void common(InstanceBuilder in) {
    addPeriods(in, PER);
    for (String[] r : REGIONS) {
      var region = in.add(region(r[0], r[1], r[2]));
      if (CORE_COAL_AREAS.contains(r[0])) {
        region.source("C-A01");
      }
    }
    cite("C-A01");
    in.add(region("guangdong", "Guangdong (西电东送 market)", "广东", true).source("P-N04"));
    in.add(region("outside-coal", "Outside coal buyers (neighbouring provinces)", "省外煤炭用户", true).source("C-A05"));
    cite("P-N04", "C-A05");
    in.add(grade("steam", "Guizhou steam coal 动力煤", b.v(0.714, "G-C03", "5,000 kcal/kg inside 4,500-5,500"),
        b.v(2.0, "G-C04", "1.5-3 % S"), b.v(2.7, "G-C07")));
    in.add(grade("washed", "Washed coking/premium coal 洗精煤", b.v(0.857, "G-C03", "6,000 kcal/kg"),
        b.a(1.0, "assumption: washing removes part of the sulphur; Liupanshui low-S (C-A02)"), b.v(2.7, "G-C07")));
    in.add(grade("gangue", "Gangue, middlings and slurry 煤矸石/煤泥",
        b.v(0.357, "G-C03", "2,500 kcal/kg inside 1,500-3,500"), b.a(2.5, "assumption"), b.v(2.7, "G-C07"))
        .byproduct(true));
  }

  /** Mines by coal area (large washing mines and local mines in the core areas) and the rail network. */
  void mines(InstanceBuilder in, double totalCapT, double largeFrac, double washedShare, double byproductYield) {
    for (Map.Entry<String, Double> e : COAL_SHARE.entrySet()) {
      String r = e.getKey();
      double cap = round(totalCapT * e.getValue(), -4);
      if (CORE_COAL_AREAS.contains(r)) {
        double lc = round(cap * largeFrac, -4);
        in.add(mine(r + "-large", capitalize(r) + " large mines", r, "steam",
            b.a(lc, "assumption: " + pct(largeFrac) + " of the area's " + fixed(cap / 1e6, 1) + " Mt in large mines"),
            b.a(260, "assumption A-COST")).large(true)
            .washing(washing(b.v(washedShare, washedShare >= 0.7 ? "C-G10" : "D-10", "washed share of large mines"),
                "washed", b.v(0.60, "G-C05", "clean yield 50-75 %"), "gangue",
                b.v(byproductYield, "G-C05", "middlings/slurry 10-25 %"), b.a(20, A)))
            .source("C-A01"));
        in.add(mine(r + "-local", capitalize(r) + " local mines", r, "steam",
            b.a(cap - lc, "assumption: rest of the area capacity"), b.a(300, "assumption A-COST")).source("C-A01"));
      } else {
        String src = Map.of("zunyi", "C-A11", "guiyang-anshun", "C-A14", "qiannan", "C-A11").get(r);
        in.add(mine(r + "-mines", capitalize(r) + " mines", r, "steam",
            b.a(cap, "assumption: area share of the province capacity"), b.a(300, "assumption A-COST")).source(src));
        cite(src);
      }
    }
    Object[][] pairs = {{"liupanshui", "guiyang-anshun", 250}, {"bijie", "guiyang-anshun", 200},
        {"qianxinan", "guiyang-anshun", 300}, {"zunyi", "guiyang-anshun", 150}, {"liupanshui", "bijie", 200},
        {"liupanshui", "qianxinan", 150}, {"bijie", "zunyi", 250}, {"guiyang-anshun", "qiannan", 150},
        {"guiyang-anshun", "qiandongnan", 250}, {"zunyi", "tongren", 300}, {"qianxinan", "qiannan", 250}};
    for (Object[] p : pairs) {
      int km = (Integer) p[2];
      for (String[] ft : new String[][] {{(String) p[0], (String) p[1]}, {(String) p[1], (String) p[0]}}) {
        in.add(arc("rail-" + ft[0] + "-" + ft[1], ft[0], ft[1], RAIL,
            b.v(60_000_000, "G-E04", "double-track 60-80 Mt/yr"),
            b.v(round(0.12 * km, 1), "G-E04", "0.12 CNY/t.km x " + km + " km (distance assumed)"), b.a(0.005, A)));
      }
    }
    for (String r : CORE_COAL_AREAS) {
      in.add(arc("rail-" + r + "-out", r, "outside-coal", RAIL, b.v(20_000_000, "G-E04", "single-track 20-30 Mt/yr"),
          b.v(120, "G-E04", "0.12 x 1,000 km"), b.a(0.005, A)).source("C-R07"));
    }
    cite("C-R07");
  }

  /** The internal 500 kV corridors (A-GZ-GRID), then the export lines (made before, as their figures cite). */
  void lines(InstanceBuilder in, Number capInternal, List<LineBuilder> exportLines) {
    String[][] pairs = {{"bijie", "guiyang-anshun"}, {"liupanshui", "guiyang-anshun"},
        {"qianxinan", "guiyang-anshun"}, {"zunyi", "guiyang-anshun"}, {"qiannan", "guiyang-anshun"},
        {"qiandongnan", "qiannan"}, {"tongren", "zunyi"}, {"liupanshui", "bijie"}, {"liupanshui", "qianxinan"},
        {"qianxinan", "qiannan"}, {"qiandongnan", "tongren"}};
    for (String[] p : pairs) {
      in.add(line("ac-" + p[0] + "-" + p[1], "500 kV " + p[0] + "-" + p[1], p[0], p[1],
          b.a(capInternal, "assumption A-GZ-GRID"), b.v(0.015, "G-T05")).wheelingCnyPerMwh(b.a(10, A))
          .bidirectional(true).source("P-N03"));
    }
    cite("P-N03");
    exportLines.forEach(in::add);
  }

  /** Other load by prefecture (A-GZ-LOAD), shaped by A-LOAD. */
  void demands(InstanceBuilder in, double otherTwh) {
    LOAD_SHARE.forEach((r, sh) -> in.add(demand("load-" + r, r, load(otherTwh * 1e6 * sh,
        "A-GZ-LOAD: " + pct(sh) + " of " + fixed(otherTwh, 1) + " TWh other load (assumption)"))
        .notes(pct(sh) + " (A-GZ-LOAD) of " + fixed(otherTwh, 1) + " TWh other load, shape A-LOAD")));
  }

  /** An export corridor to Guangdong: capacity from {@code src} and/or {@code note}, loss G-T05, 75 CNY/MWh G-E02. */
  LineBuilder expLine(String id, String name, String from, Number cap, String src, double loss, String note,
      CandidateBuilder build) {
    return line(id, name, from, "guangdong", b.v(cap, src, note), b.v(loss, "G-T05"))
        .wheelingCnyPerMwh(b.v(75, "G-E02")).build(build).source(src);
  }
}
