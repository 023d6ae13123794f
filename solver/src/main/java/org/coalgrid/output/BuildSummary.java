package org.coalgrid.output;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.coalgrid.domain.Industry;
import org.coalgrid.domain.Instance;
import org.coalgrid.domain.Line;
import org.coalgrid.domain.Mine;
import org.coalgrid.domain.Plant;
import org.coalgrid.result.AllocationResult;
import org.coalgrid.words.EntityWords;
import org.coalgrid.words.Fmt;

/**
 * The "Builds 新建" block of the {@code solve} summary: for an instance with candidate builds (plants' and lines'
 * {@code build}, mines' {@code build}, potlines' {@code build}, washeries' {@code washing.build}), what the solve
 * chose. One line per candidate built: units of how many, the size in planners' units (MW and 万千瓦, 万吨/年, t/yr)
 * and its annualised capex, units × unit size × capex per unit of size, the candidate's share of the objective's
 * CAPEX term; then the candidates not built, by name. Every figure is the instance's build data times the built
 * units of solution.json, which {@code verify} re-checks (whole, within [0, maxUnits], and the CAPEX term).
 */
final class BuildSummary {
  private BuildSummary() {}

  /**
   * One candidate: its name, units built of how many, the size of a unit, the size line (unit = total) and the
   * annualised capex (CNY/yr).
   */
  private record Candidate(String name, int built, int max, String unit, String size, double capexCny) {}

  /** Appends the block (nothing when the instance has no candidate build). */
  static void append(StringBuilder sb, AllocationResult r, Instance in) {
    List<Candidate> all = candidates(r, in);
    if (all.isEmpty()) {
      return;
    }
    List<Candidate> built = all.stream().filter(c -> c.built() > 0).toList();
    List<Candidate> idle = all.stream().filter(c -> c.built() == 0).toList();
    sb.append('\n').append("Builds 新建 (").append(built.size()).append(" of ").append(all.size())
        .append(" candidates built; annualised capex per year)\n");
    for (Candidate c : built) {
      sb.append("  ").append(c.name()).append(": ").append(c.built()).append(" of ").append(c.max()).append(" × ")
          .append(c.size()).append(", ").append(Fmt.money(c.capexCny())).append("/yr\n");
    }
    for (Candidate c : idle) {
      sb.append("  ").append(c.name()).append(": not built (0 of ").append(c.max()).append(" × ")
          .append(c.unit()).append(")\n");
    }
  }

  private static List<Candidate> candidates(AllocationResult r, Instance in) {
    EntityWords words = new EntityWords(in);
    List<Candidate> out = new ArrayList<>();
    Map<String, Plant> plants = in.plantsById();
    for (var p : r.plants()) {
      Plant plant = plants.get(p.id());
      if (plant != null && plant.build() != null) {
        var b = plant.build();
        out.add(new Candidate("Plant " + words.entity("plant_capacity", p.id()), p.builtUnits(), b.maxUnits(),
            Fmt.num(b.unitMw(), 0) + " MW", mw(b.unitMw(), p.builtUnits()), p.builtUnits() * b.unitMw() * b.capexCnyPerMwYr()));
      }
    }
    Map<String, Line> lines = in.linesById();
    for (var l : r.lines()) {
      Line line = lines.get(l.id());
      if (line != null && line.build() != null) {
        var b = line.build();
        out.add(new Candidate("Line " + words.entity("line_capacity", l.id()), l.builtUnits(), b.maxUnits(),
            Fmt.num(b.unitMw(), 0) + " MW", mw(b.unitMw(), l.builtUnits()), l.builtUnits() * b.unitMw() * b.capexCnyPerMwYr()));
      }
    }
    Map<String, Mine> mines = in.minesById();
    for (var m : r.mines()) {
      Mine mine = mines.get(m.id());
      if (mine == null) {
        continue;
      }
      if (mine.build() != null && m.builtUnits() != null) {
        var b = mine.build();
        out.add(new Candidate("Mine " + words.entity("mine_capacity", m.id()), m.builtUnits(), b.maxUnits(),
            wan(b.unitT()), wanTonnes(b.unitT(), m.builtUnits(), "raw coal"), m.builtUnits() * b.unitT() * b.capexCnyPerTYr()));
      }
      if (mine.washing() != null && mine.washing().build() != null && m.washery() != null
          && m.washery().builtUnits() != null) {
        var b = mine.washing().build();
        int n = m.washery().builtUnits();
        out.add(new Candidate("Washery 洗煤厂 of " + words.entity("washing_capacity", m.id()), n, b.maxUnits(),
            wan(b.unitT()), wanTonnes(b.unitT(), n, "raw coal washed"), n * b.unitT() * b.capexCnyPerTYr()));
      }
    }
    Map<String, Industry> industries = in.industriesById();
    for (var i : r.industries()) {
      Industry ind = industries.get(i.id());
      if (ind != null && ind.potlines() != null && ind.potlines().build() != null && i.potlinesBuilt() != null) {
        var pl = ind.potlines();
        int n = i.potlinesBuilt();
        out.add(new Candidate("Potlines 电解槽系列 of " + words.entity("industry", i.id()), n,
            pl.build().maxUnits(), Fmt.num(pl.sizeT(), 0) + " t/yr", Fmt.num(pl.sizeT(), 0) + " t/yr = " + Fmt.num(n * pl.sizeT(), 0) + " t/yr",
            n * pl.sizeT() * pl.build().capexCnyPerTYr()));
      }
    }
    return out;
  }

  private static String mw(double unitMw, int units) {
    return Fmt.num(unitMw, 0) + " MW = " + Fmt.power(units * unitMw);
  }

  private static String wan(double t) {
    return Fmt.num(t / 1e4, 1) + " 万吨/年";
  }

  private static String wanTonnes(double unitT, int units, String what) {
    return wan(unitT) + " = " + Fmt.num(units * unitT / 1e4, 1) + " 万吨/年 (" + Fmt.num(
        units * unitT / 1e6, 2) + " Mt/yr) " + what;
  }
}
