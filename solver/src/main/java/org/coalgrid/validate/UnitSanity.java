package org.coalgrid.validate;

import static org.coalgrid.diagnostics.Paths.index;
import static org.coalgrid.diagnostics.Paths.key;
import static org.coalgrid.diagnostics.Paths.quote;

import java.util.Map;
import java.util.TreeMap;
import org.coalgrid.domain.CoalArc;
import org.coalgrid.domain.DirectSupply;
import org.coalgrid.domain.ExportContract;
import org.coalgrid.domain.Industry;
import org.coalgrid.domain.Instance;
import org.coalgrid.domain.Line;
import org.coalgrid.domain.Mine;
import org.coalgrid.domain.Period;
import org.coalgrid.domain.Plant;
import org.coalgrid.diagnostics.Num;

/**
 * Values far outside what their field can plausibly hold, most often a unit mix-up: a plant capacity in kW, a
 * demand in kW, a heat rate in kJ/kWh, VOLL in CNY/kWh, firm export energy in kWh, a mine capacity in 万吨. Each gives
 * a WARNING (the instance still solves; {@code --strict} makes warnings errors) with the JSON path, the plausible
 * range and, where a unit brings the value into it, that unit: "1200000 looks like kW (= 1200 MW)".
 *
 * <p>The ranges are deliberately wide, so that no real plan trips them: they are a bound on what exists, not on
 * what is typical (documented with their reasons in docs/reliability.md). Values of 0 are never flagged (candidate
 * builds, optional figures). A mix-up that stays plausible (万千瓦 for MW, a factor of 10) cannot be seen here.
 */
final class UnitSanity {
  /** The largest plant (Three Gorges, 22,500 MW) with room to spare: MW. */
  static final double PLANT_MW = 30_000;
  /** The largest single unit: MW (the largest units built are about 1,750 MW). */
  static final double UNIT_MW = 2_000;
  /** The largest corridor, several UHV lines together: MW (one ±1,100 kV line carries 12,000 MW). */
  static final double LINE_MW = 50_000;
  /** The largest provincial load: MW (Guangdong peaked near 150,000 MW). */
  static final double DEMAND_MW = 300_000;
  /** The largest provincial consumption: MWh/yr (Guangdong used about 870 TWh in 2023). */
  static final double DEMAND_MWH = 2e9;
  /** A coal unit burns at most this: gce/kWh (the oldest small units burn about 450). */
  static final double HEAT_RATE = 600;
  /** Electricity per tonne of product: MWh/t (aluminium about 13.5, yellow phosphorus about 14). */
  static final double ELECTRICITY_MWH_PER_T = 30;
  /** Mine output: t/yr (the largest mining areas produce about 200 Mt/yr; a small mine 30,000 t/yr). */
  static final double MINE_T_MIN = 1e4;
  static final double MINE_T_MAX = 3e8;
  /** Industry output: t/yr (a park or a cement group: tens of Mt/yr; the smallest plant: thousands of t/yr). */
  static final double INDUSTRY_T_MIN = 1e3;
  static final double INDUSTRY_T_MAX = 1e8;
  /** Coal moved on one arc: t/yr. */
  static final double FLOW_T_MAX = 1e9;
  /** Value of lost load and energy prices below this (CNY/MWh) are CNY/kWh figures: 100 CNY/MWh is 0.1 CNY/kWh. */
  static final double PRICE_CNY_PER_MWH_MIN = 10;
  static final double VOLL_MIN = 100;
  /** A coal cost below this (CNY/t) is a CNY/kg figure. */
  static final double COAL_CNY_PER_T_MIN = 1;
  /** Joules in a gram of coal equivalent (kJ/gce): 29.3076 MJ/kgce. */
  static final double KJ_PER_GCE = 29.3076;

  private final InstanceValidator v;
  private final Instance in;

  UnitSanity(InstanceValidator v) {
    this.v = v;
    this.in = v.in;
  }

  void check() {
    if (in.meta() != null) {
      low("$.meta.vollCnyPerMwh", "meta", "vollCnyPerMwh", in.meta().vollCnyPerMwh(), "CNY/MWh", VOLL_MIN,
          "any value of lost load", "CNY/kWh", 1e3);
    }
    for (int i = 0; i < in.plants().size(); i++) {
      plant(index("$.plants", i), in.plants().get(i));
    }
    for (int i = 0; i < in.lines().size(); i++) {
      Line l = in.lines().get(i);
      String p = index("$.lines", i);
      String who = "line " + quote(l.id());
      high(p + ".capacityMw", who, "capacityMw", l.capacityMw(), "MW", LINE_MW, "any corridor carries", "kW", 1e-3);
      for (Map.Entry<String, Double> e : new TreeMap<>(l.capacityMwByPeriod()).entrySet()) {
        high(key(p + ".capacityMwByPeriod", e.getKey()), who, "capacityMwByPeriod", e.getValue(), "MW", LINE_MW,
            "any corridor carries", "kW", 1e-3);
      }
      if (l.build() != null) {
        both(p + ".build.unitMw", who, "build unitMw", l.build().unitMw(), "MW", 0.1, LINE_MW, "any corridor carries");
      }
    }
    for (int i = 0; i < in.demands().size(); i++) {
      var d = in.demands().get(i);
      String p = index("$.demands", i);
      String who = "demand " + quote(d.id());
      if (d.mw() != null) {
        high(p + ".mw", who, "mw", d.mw(), "MW", DEMAND_MW, "any region's load", "kW", 1e-3);
      }
      for (Map.Entry<String, Double> e : new TreeMap<>(d.mwByPeriod()).entrySet()) {
        high(key(p + ".mwByPeriod", e.getKey()), who, "mwByPeriod", e.getValue(), "MW", DEMAND_MW,
            "any region's load", "kW", 1e-3);
      }
      if (d.annualMwh() != null) {
        high(p + ".annualMwh", who, "annualMwh", d.annualMwh(), "MWh/yr", DEMAND_MWH, "any region uses",
            "kWh", 1e-3);
      }
      if (d.vollCnyPerMwh() != null) {
        low(p + ".vollCnyPerMwh", who, "vollCnyPerMwh", d.vollCnyPerMwh(), "CNY/MWh", VOLL_MIN, "any value of lost load",
            "CNY/kWh", 1e3);
      }
    }
    for (int i = 0; i < in.exports().size(); i++) {
      export(index("$.exports", i), in.exports().get(i));
    }
    for (int i = 0; i < in.directSupplies().size(); i++) {
      DirectSupply d = in.directSupplies().get(i);
      String p = index("$.directSupplies", i);
      String who = "direct supply " + quote(d.id());
      high(p + ".maxMw", who, "maxMw", d.maxMw(), "MW", PLANT_MW, "any supply contract carries", "kW", 1e-3);
      low(p + ".tariffCnyPerMwh", who, "tariffCnyPerMwh", d.tariffCnyPerMwh(), "CNY/MWh", PRICE_CNY_PER_MWH_MIN,
          "any tariff", "CNY/kWh", 1e3);
    }
    for (int i = 0; i < in.mines().size(); i++) {
      Mine m = in.mines().get(i);
      String p = index("$.mines", i);
      String who = "mine " + quote(m.id());
      both(p + ".capacityT", who, "capacityT", m.capacityT(), "t/yr", MINE_T_MIN, MINE_T_MAX, "any mine produces");
      high(p + ".minOutputT", who, "minOutputT", m.minOutputT(), "t/yr", MINE_T_MAX, "any mine produces", "kg", 1e-3);
      low(p + ".costCnyPerT", who, "costCnyPerT", m.costCnyPerT(), "CNY/t", COAL_CNY_PER_T_MIN, "any coal cost",
          "CNY/kg", 1e3);
    }
    for (int i = 0; i < in.industries().size(); i++) {
      industry(index("$.industries", i), in.industries().get(i));
    }
    for (int i = 0; i < in.coalArcs().size(); i++) {
      CoalArc a = in.coalArcs().get(i);
      if (a.capacityT() != null) {
        high(index("$.coalArcs", i) + ".capacityT", "coal arc " + quote(a.id()), "capacityT", a.capacityT(), "t/yr",
            FLOW_T_MAX, "any coal route carries", "kg", 1e-3);
      }
    }
    double minesT = in.mines().stream().mapToDouble(Mine::capacityT).sum();
    for (int i = 0; i < in.coalDemands().size(); i++) {
      var c = in.coalDemands().get(i);
      if (c.firmT() > minesT * (1 + 1e-9)) { // a maxT above it is only an upper bound ("as much as they want")
        warn(index("$.coalDemands", i) + ".firmT", "coal demand " + quote(c.id()), "firmT", c.firmT(), "t/yr",
            "more than all mines produce together (" + Num.fmt(minesT) + " t/yr)",
            c.firmT() / 1000 <= minesT ? hint(c.firmT(), "kg", c.firmT() / 1000, "t/yr") : "");
      }
    }
  }

  private void plant(String p, Plant pl) {
    String who = "plant " + quote(pl.id());
    both(p + ".capacityMw", who, "capacityMw", pl.capacityMw(), "MW", 0.1, PLANT_MW, "any plant has");
    if (pl.unitMw() != null) {
      both(p + ".unitMw", who, "unitMw", pl.unitMw(), "MW", 0.1, UNIT_MW, "any generating unit has");
    }
    if (pl.build() != null) {
      both(p + ".build.unitMw", who, "build unitMw", pl.build().unitMw(), "MW", 0.1, UNIT_MW, "any generating unit has");
    }
    double hr = pl.heatRateGcePerKwh();
    if (pl.type() != null && pl.type().burnsCoal() && hr > HEAT_RATE) {
      String hint = hr / KJ_PER_GCE >= 200 && hr / KJ_PER_GCE <= HEAT_RATE
          ? Num.fmt(hr) + " looks like kJ/kWh (= " + Num.fmt(round(hr / KJ_PER_GCE)) + " gce/kWh)"
          : hr / 7 >= 200 && hr / 7 <= HEAT_RATE ? Num.fmt(hr) + " looks like kcal/kWh (= " + Num.fmt(round(hr / 7))
              + " gce/kWh)" : "";
      v.warning(p + ".heatRateGcePerKwh", who + " has heatRateGcePerKwh " + Num.fmt(hr) + " gce/kWh, more than any "
          + "coal unit burns (at most " + Num.fmt(HEAT_RATE) + " gce/kWh)" + (hint.isEmpty() ? "" : "; " + hint));
    }
    if (pl.hydro() != null && !pl.hydro().energyMwhByPeriod().isEmpty()) {
      hydroEnergy(p + ".hydro.energyMwhByPeriod", who, pl);
    }
  }

  /**
   * Energy-limited hydro: a period's energy above what the turbines make in it at full capacity (capacity × hours)
   * cannot be used; an annual figure repeated in every period, or kWh, is the usual cause.
   */
  private void hydroEnergy(String p, String who, Plant pl) {
    double cap = maxCapacityMw(pl);
    if (!(cap > 0)) {
      return;
    }
    for (Period t : in.periods()) {
      Double e = pl.hydro().energyMwhByPeriod().get(t.id());
      double most = cap * t.hours();
      if (e == null || !(e > most * (1 + 1e-9))) {
        continue;
      }
      String hint = e <= cap * in.totalHours() ? "; it looks like a year's energy (the plant makes at most "
          + Num.fmt(round(cap * in.totalHours())) + " MWh a year): give each period its own energy"
          : e / 1000 <= most ? "; " + Num.fmt(e) + " looks like kWh (= " + Num.fmt(round(e / 1000)) + " MWh)" : "";
      v.warning(key(p, t.id()), who + " has " + Num.fmt(e) + " MWh of hydro energy in period " + quote(t.id())
          + ", more than its turbines can make in it (" + Num.fmt(cap) + " MW × " + Num.fmt(t.hours()) + " h = "
          + Num.fmt(round(most)) + " MWh); the rest cannot be used" + hint);
    }
  }

  /** Capacity with every candidate unit built (MW). */
  static double maxCapacityMw(Plant pl) {
    return pl.capacityMw() + (pl.build() != null ? pl.build().maxUnits() * pl.build().unitMw() : 0);
  }

  /**
   * Firm export energy against what the corridors into the contract's region can carry, at full capacity with every
   * candidate unit built: in the year for {@code firmMwh}, in the period for {@code firmMwhByPeriod}. (An absolute
   * bound would not do: generated instances scale their contracts with their regions.)
   */
  private void export(String p, ExportContract x) {
    String who = "export " + quote(x.id());
    double corridorsMw = 0;
    for (Line l : in.lines()) {
      if (x.region() != null && (x.region().equals(l.to()) || l.bidirectional() && x.region().equals(l.from()))) {
        double most = l.capacityMwByPeriod().values().stream().mapToDouble(Double::doubleValue).max()
            .orElse(l.capacityMw());
        corridorsMw += Math.max(most, l.capacityMw()) + (l.build() != null ? l.build().maxUnits() * l.build().unitMw()
            : 0);
      }
    }
    if (corridorsMw > 0) {
      firm(p + ".firmMwh", who, "firmMwh", x.firmMwh(), "MWh/yr", corridorsMw, in.totalHours(), "a year");
      for (Period t : in.periods()) {
        Double e = x.firmMwhByPeriod().get(t.id());
        if (e != null) {
          firm(key(p + ".firmMwhByPeriod", t.id()), who, "firmMwhByPeriod", e, "MWh", corridorsMw, t.hours(),
              "period " + quote(t.id()));
        }
      }
    }
    if (x.maxMw() != null) {
      high(p + ".maxMw", who, "maxMw", x.maxMw(), "MW", LINE_MW, "any export corridor carries", "kW", 1e-3);
    }
    low(p + ".priceCnyPerMwh", who, "priceCnyPerMwh", x.priceCnyPerMwh(), "CNY/MWh", PRICE_CNY_PER_MWH_MIN,
        "any energy price", "CNY/kWh", 1e3);
    for (Map.Entry<String, Double> e : new TreeMap<>(x.priceCnyPerMwhByPeriod()).entrySet()) {
      low(key(p + ".priceCnyPerMwhByPeriod", e.getKey()), who, "priceCnyPerMwhByPeriod", e.getValue(), "CNY/MWh",
          PRICE_CNY_PER_MWH_MIN, "any energy price", "CNY/kWh", 1e3);
    }
    low(p + ".shortfallPenaltyCnyPerMwh", who, "shortfallPenaltyCnyPerMwh", x.shortfallPenaltyCnyPerMwh(),
        "CNY/MWh", PRICE_CNY_PER_MWH_MIN, "any penalty per MWh", "CNY/kWh", 1e3);
  }

  private void firm(String path, String who, String field, double mwh, String unit, double mw, double hours,
      String when) {
    double most = mw * hours;
    if (mwh > most * (1 + 1e-9)) {
      warn(path, who, field, mwh, unit, "more than the corridors into its region can carry in " + when + " ("
          + Num.fmt(round(mw)) + " MW × " + Num.fmt(hours) + " h = " + Num.fmt(round(most)) + " MWh)",
          mwh / 1000 <= most ? hint(mwh, "kWh", mwh / 1000, "MWh") : "");
    }
  }

  private void industry(String p, Industry ind) {
    String who = "industry " + quote(ind.id());
    both(p + ".capacityT", who, "capacityT", ind.capacityT(), "t/yr", INDUSTRY_T_MIN, INDUSTRY_T_MAX, "any industry makes");
    if (ind.plannedOutputT() != null) {
      both(p + ".plannedOutputT", who, "plannedOutputT", ind.plannedOutputT(), "t/yr", INDUSTRY_T_MIN,
          INDUSTRY_T_MAX, "any industry makes");
    }
    high(p + ".electricityMwhPerT", who, "electricityMwhPerT", ind.electricityMwhPerT(), "MWh/t",
        ELECTRICITY_MWH_PER_T, "any product needs", "kWh/t", 1e-3);
    if (ind.potlines() != null) {
      both(p + ".potlines.sizeT", who, "potlines sizeT", ind.potlines().sizeT(), "t/yr", INDUSTRY_T_MIN,
          INDUSTRY_T_MAX, "any industry makes");
    }
  }

  // ---------------------------------------------------------------- the three checks

  /** Above {@code max}: a warning, naming {@code unit} when value × factor is plausible. */
  private void high(String path, String who, String field, double x, String unitOfField, double max, String what,
      String unit, double factor) {
    if (x > max) {
      warn(path, who, field, x, unitOfField, "more than " + what + " (at most " + Num.fmt(max) + " " + unitOfField
          + ")", x * factor > 0 && x * factor <= max ? hint(x, unit, x * factor, unitOfField) : "");
    }
  }

  /** Above 0 and below {@code min}: a warning, naming {@code unit} when value × factor is at least {@code min}. */
  private void low(String path, String who, String field, double x, String unitOfField, double min, String what,
      String unit, double factor) {
    if (x > 0 && x < min) {
      warn(path, who, field, x, unitOfField, "less than " + what + " (at least " + Num.fmt(min) + " " + unitOfField
          + ")", x * factor >= min ? hint(x, unit, x * factor, unitOfField) : "");
    }
  }

  /** Outside [min, max] (0 excepted), for MW (kW / GW) and t/yr (kg / 万吨) fields. */
  private void both(String path, String who, String field, double x, String unitOfField, double min, double max,
      String what) {
    boolean tonnes = unitOfField.startsWith("t");
    if (x > max) {
      high(path, who, field, x, unitOfField, max, what, tonnes ? "kg" : "kW", 1e-3);
    } else if (x > 0 && x < min) {
      String unit = tonnes ? "万吨" : "GW";
      double factor = tonnes ? 1e4 : 1e3;
      warn(path, who, field, x, unitOfField, "less than " + what + " (at least " + Num.fmt(min) + " " + unitOfField
          + ")", x * factor >= min && x * factor <= max ? hint(x, unit, x * factor, unitOfField) : "");
    }
  }

  private void warn(String path, String who, String field, double x, String unit, String why, String hint) {
    v.warning(path, who + " has " + field + " " + Num.fmt(x) + " " + unit + ", " + why
        + (hint.isEmpty() ? "" : "; " + hint));
  }

  private static String hint(double x, String unit, double converted, String unitOfField) {
    return Num.fmt(x) + " looks like " + unit + " (= " + Num.fmt(round(converted)) + " " + unitOfField + ")";
  }

  /** Rounded to 4 significant digits, for a hint. */
  static double round(double x) {
    if (x == 0 || !Double.isFinite(x)) {
      return x;
    }
    double scale = Math.pow(10, 3 - Math.floor(Math.log10(Math.abs(x))));
    return Math.round(x * scale) / scale;
  }
}
