package org.coalgrid.validate;

import static org.coalgrid.diagnostics.Paths.index;
import static org.coalgrid.diagnostics.Paths.quote;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.coalgrid.diagnostics.Num;
import org.coalgrid.domain.Line;
import org.coalgrid.domain.MetricName;
import org.coalgrid.domain.Policy;
import org.coalgrid.domain.PolicyType;

/** Semantic checks of policies: regions, the external region of EXPORT_CAPABILITY, shares, GENERIC terms' metrics. */
final class PolicyRules {

  /** Policy types whose limit is a share in [0, 1]. */
  static final Set<PolicyType> SHARE_TYPES = EnumSet.of(PolicyType.LARGE_MINE_TO_LARGE_PLANT,
      PolicyType.LOCAL_CONVERSION, PolicyType.GANGUE_UTILISATION);

  private final InstanceValidator v;

  PolicyRules(InstanceValidator v) {
    this.v = v;
  }

  void check() {
    for (int i = 0; i < v.in.policies().size(); i++) {
      Policy pol = v.in.policies().get(i);
      String p = index("$.policies", i);
      String who = "policy " + quote(pol.id()) + " of type " + pol.type();
      for (int r = 0; r < pol.regions().size(); r++) {
        v.ref(index(p + ".regions", r), "region", pol.regions().get(r), v.regions);
      }
      if (pol.type() == PolicyType.EXPORT_CAPABILITY) {
        exportRegion(p, who, pol.region());
      } else if (pol.region() != null) {
        v.ref(p + ".region", "region", pol.region(), v.regions);
      }
      if (SHARE_TYPES.contains(pol.type()) && !(pol.limit() >= 0 && pol.limit() <= 1)) {
        v.error(p + ".limit", who + " is a share; limit " + Num.fmt(pol.limit()) + " must be in [0, 1]");
      }
      if (pol.type() == PolicyType.RESERVE_MARGIN && !(pol.limit() >= 0 && pol.limit() <= 2)) {
        v.error(p + ".limit", who + " has margin " + Num.fmt(pol.limit()) + "; the reserve margin 备用率 is a share of"
            + " the peak load in [0, 2] (0.15 = 15 %)");
      }
      if (pol.type() == PolicyType.GENERIC) {
        if (pol.sense() == null) {
          v.error(p + ".sense", who + " needs sense (LE, GE or EQ)");
        }
        if (pol.terms().isEmpty()) {
          v.error(p + ".terms", who + " needs at least one term");
        }
        for (int t = 0; t < pol.terms().size(); t++) {
          String tp = index(p + ".terms", t) + ".metric";
          try {
            MetricName m = MetricName.parse(pol.terms().get(t).metric(), v.in);
            if (m.isRatio()) {
              v.error(tp, who + ": metric " + quote(pol.terms().get(t).metric()) + " is a ratio (" + m.unit()
                  + "); GENERIC terms take linear metrics only; state the ratio as a linear row, e.g. "
                  + "coal.washed - 0.4 * coal.produced >= 0");
            }
          } catch (IllegalArgumentException e) {
            v.error(tp, who + ": " + e.getMessage());
          }
        }
      }
    }
  }

  private void exportRegion(String p, String who, String region) {
    if (region == null) {
      v.error(p + ".region", who + " needs region naming an external region");
    } else if (v.ref(p + ".region", "region", region, v.regions) && !v.in.isExternal(region)) {
      v.error(p + ".region", who + " names region " + quote(region) + ", which is not external");
    } else if (v.in.isExternal(region)) {
      declaredOut(p, who, region);
    }
  }

  /**
   * 外送能力 counts the lines declared into the market ({@code to} = region; docs/formulation.md §4.16). A
   * bidirectional line declared out of it carries power into it (an export contract may use it) but does not
   * count: a warning naming those lines, since the capacity the planner meant is then missing from the policy.
   */
  private void declaredOut(String p, String who, String region) {
    List<String> out = new ArrayList<>();
    for (Line l : v.in.lines()) {
      if (l.bidirectional() && region.equals(l.from()) && !region.equals(l.to())) {
        out.add(quote(l.id()));
      }
    }
    if (!out.isEmpty()) {
      v.warning(p + ".region", who + " counts only lines whose to is " + quote(region) + "; bidirectional line"
          + (out.size() > 1 ? "s " : " ") + String.join(", ", out) + " declared from " + quote(region)
          + " carr" + (out.size() > 1 ? "y" : "ies") + " power into it but do" + (out.size() > 1 ? "" : "es")
          + " not count: declare export corridors toward the market (from the system, to " + quote(region) + ")");
    }
  }
}
