package org.coalgrid.verify;

import java.util.Map;
import org.coalgrid.domain.Industry;
import org.coalgrid.domain.LoadProfile;

/**
 * §4.12 Industry (t; duals in CNY/t). Output (row {@code ind_output.i}): Σ_t s = planned (cost mode) or
 * minOutput ≤ Σ_t s ≤ capacity (welfare mode). Potlines ({@code ind_potlines.i}): Σ_t s ≤ sizeT·n, n a whole
 * number in [0, count]; with a potline build ({@code ind_potline_build.i}) n − bp ≤ count, bp a whole number in
 * [0, maxUnits]. FLAT profile ({@code ind_flat.i.t}, every period but the last): s[t] = h[t]/H·Σ s; beyond
 * 24 periods through the annual output sa: {@code ind_sum.i} sa = Σ s, s[t] = h[t]/H·sa.
 * FREE profile: s[t] ≤ capacity·h[t]/H. Coal feed ({@code ind_feed.i.g}): Σ_c w = feed[g]·Σ_t s.
 */
final class IndustryCheck implements FamilyCheck {
  @Override
  public String family() {
    return "industry";
  }

  @Override
  public void rows(Context c) {
    boolean welfare = c.s.mode.equals("WELFARE");
    for (int i = 0; i < c.in.industries().size(); i++) {
      Industry ind = c.in.industries().get(i);
      String id = ind.id();
      int r = c.model.row(spec("ind_output." + id, id, null, welfare ? ind.minOutputT() : ind.plannedOutput(),
          welfare ? ind.capacityT() : ind.plannedOutput(), "t/yr"));
      c.rows.indOutput[i] = r;
      for (int t = 0; t < c.nt; t++) {
        c.model.add(r, c.v.output[i][t], 1);
      }
      if (c.v.potlines[i] >= 0) {
        int rp = c.model.row(spec("ind_potlines." + id, id, null, Double.NEGATIVE_INFINITY, 0, "t/yr"));
        for (int t = 0; t < c.nt; t++) {
          c.model.add(rp, c.v.output[i][t], 1);
        }
        c.model.add(rp, c.v.potlines[i], -ind.potlines().sizeT());
        if (c.v.potlineBuild[i] >= 0) {
          int rb = c.model.row(FamilyCheck.spec("ind_potline_build." + id, "industry", id, null,
              Double.NEGATIVE_INFINITY, ind.potlines().count(), "CNY/line", "lines", 1, 1));
          c.model.add(rb, c.v.potlines[i], 1);
          c.model.add(rb, c.v.potlineBuild[i], -1);
        }
      }
      if (c.flatWithAnnualColumn(ind)) {
        // beyond 24 periods: sa = Σ_t s (ind_sum.i, a definition) and s[t] = h[t]/H·sa (2 terms per row)
        // only defines sa: its dual is not reported among the binding rows (PriceCheck.DEFINITIONS)
        int rs = c.model.row(spec("ind_sum." + id, id, null, 0, 0, "t/yr"));
        for (int t = 0; t < c.nt; t++) {
          c.model.add(rs, c.v.output[i][t], 1);
        }
        c.model.add(rs, c.v.sa[i], -1);
        for (int t = 0; t < c.nt - 1; t++) {
          int rf = c.model.row(spec("ind_flat." + id + "." + c.pid[t], id, c.pid[t], 0, 0, "t"));
          c.model.add(rf, c.v.output[i][t], 1);
          c.model.add(rf, c.v.sa[i], -c.h[t] / c.hoursInYear);
        }
      } else if (ind.profile() == LoadProfile.FLAT) {
        for (int t = 0; t < c.nt - 1; t++) {
          int rf = c.model.row(spec("ind_flat." + id + "." + c.pid[t], id, c.pid[t], 0, 0, "t"));
          double share = c.h[t] / c.hoursInYear;
          for (int t2 = 0; t2 < c.nt; t2++) {
            c.model.add(rf, c.v.output[i][t2], (t2 == t ? 1.0 : 0.0) - share);
          }
        }
      }
      for (var feed : ind.coalFeedTPerT().entrySet().stream().sorted(Map.Entry.comparingByKey()).toList()) {
        int rc = c.model.row(spec("ind_feed." + id + "." + feed.getKey(), id, null, 0, 0, "t/yr"));
        for (int col : c.v.w[i][c.v.grade(feed.getKey())]) {
          c.model.add(rc, col, 1);
        }
        for (int t = 0; t < c.nt; t++) {
          c.model.add(rc, c.v.output[i][t], -feed.getValue());
        }
      }
    }
  }

  private static DualModel.RowSpec spec(String name, String id, String period, double lb, double ub, String rhsUnit) {
    return FamilyCheck.spec(name, "industry", id, period, lb, ub, "CNY/t", rhsUnit, 1, Columns.KT);
  }

  @Override
  public void check(Context c) {
    boolean welfare = c.s.mode.equals("WELFARE");
    for (int i = 0; i < c.in.industries().size(); i++) {
      Industry ind = c.in.industries().get(i);
      double[] out = c.s.output[i];
      double total = Context.total(out);
      if (welfare) {
        c.f.ge("industry output", ind.id(), "output", total, "minimum output", ind.minOutputT(), "t", 0);
        c.f.le("industry output", ind.id(), "output", total, "capacity", ind.capacityT(), "t", 0);
      } else {
        c.f.eq("industry output", ind.id(), "output", total, "planned output", ind.plannedOutput(), "t", 0);
      }
      for (int t = 0; t < c.nt; t++) {
        Object ent = new Findings.Ent(ind.id(), c.pid[t]);
        c.f.nonneg(ent, "output", out[t], "t");
        if (ind.profile() == LoadProfile.FLAT) {
          c.f.eq("industry profile", ent, "output", out[t], "flat share of the year's output",
              total * c.h[t] / c.sumHours, "t", Math.abs(total));
        } else {
          c.f.le("industry profile", ent, "output", out[t], "capacity rate x hours",
              ind.capacityT() * c.h[t] / c.hoursInYear, "t", 0);
        }
      }
      Map<String, Double> coal = c.s.industryCoal.get(i);
      for (var feed : ind.coalFeedTPerT().entrySet()) {
        c.f.eq("industry coal feed", new Findings.Ent(ind.id(), feed.getKey()), "coal", coal.getOrDefault(feed.getKey(), 0.0),
            "feed x output", feed.getValue() * total, "t", 0);
      }
      for (var e : coal.entrySet()) {
        c.grade(e.getKey(), "industry " + ind.id());
        if (!ind.coalFeedTPerT().containsKey(e.getKey())) {
          c.f.le("industry coal feed", new Findings.Ent(ind.id(), e.getKey()), "coal of a grade it does not use", e.getValue(),
              "allowed", 0, "t", 0);
        }
      }
      var build = ind.potlines() != null ? ind.potlines().build() : null;
      double built = c.s.potlinesBuilt[i];
      FamilyCheck.builtUnits(c, "builds", ind.id(), "potlines built", "candidate potlines",
          build == null ? null : build.maxUnits(), built);
      if (ind.potlines() != null) {
        double n = c.s.potlines[i] != null ? c.s.potlines[i] : 0;
        c.f.ge("potlines", ind.id(), "potlines running", n, "zero", 0, "units", 0);
        c.f.le("potlines", ind.id(), "potlines running", n, "potlines incl. built",
            ind.potlines().count() + (build != null ? built : 0), "units", 0);
        c.f.eq("potlines", ind.id(), "potlines running", n, "a whole number", Math.rint(n), "units", 0);
        c.f.le("potlines", ind.id(), "output", total, "running lines x line size", n * ind.potlines().sizeT(), "t", 0);
      }
    }
  }
}
