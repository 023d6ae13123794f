package org.coalgrid.formulation;

import java.util.HashMap;
import java.util.Map;

/**
 * The kinds of column of the model, by name prefix ({@link ModelNames} builds the names), with the symbol
 * docs/formulation.md uses (the name of the field of {@link Variables} that holds them), what they mean, their
 * model unit and bounds.
 */
public enum ColumnKind {
  Q("q", "q.m", Measure.COAL_KT, "raw output of mine m", "kt/yr",
      "≥ 0; the mine's bounds are rows (§4.1), so they have duals and can be relaxed"),
  WC("wc", "wc.m", Measure.COAL_KT, "clean coal from washing at m", "kt/yr", "≥ 0"),
  WB("wb", "wb.m", Measure.COAL_KT, "washing byproduct (gangue, slurry) at m", "kt/yr", "≥ 0"),
  WW("ww", "ww.m", Measure.COAL_KT, "raw coal washed at m (a mine with a washery capacity or build)", "kt/yr",
      "≥ 0; at most ws·q and the washery's capacity, rows (§4.19)"),
  Y("y", "y.a.g[.c]", Measure.COAL_KT, "coal of grade g (origin c) sent along arc a", "kt/yr",
      "≥ 0, for the grades the arc carries"),
  Z("z", "z.p.g[.c]", Measure.COAL_KT, "coal of grade g (origin c) burned by plant p", "kt/yr",
      "≥ 0, for the plant's accepted grades"),
  W("w", "w.i.g[.c]", Measure.COAL_KT, "coal of grade g (origin c) fed to industry i", "kt/yr",
      "≥ 0, for the grades of its feed"),
  CD("cd", "cd.k[.c]", Measure.COAL_KT, "coal demand k served", "kt/yr", "[0, maxT] (maxT absent: firmT)"),
  X("x", "x.p.t", Measure.POWER_MW, "output of plant p", "MW", "≥ 0 (capacity is a row, §4.6)"),
  PUMP("pump", "pump.p.t", Measure.POWER_MW, "pumping (charging) load of storage plant p", "MW",
      "[0, pumpCapacityMw] (absent: the plant's capacityMw before builds)"),
  LVL("lvl", "lvl.p.t", Measure.ENERGY_GWH, "storage level at the end of t (a reservoir with days: at the end of "
      + "stage t, its month)", "GWh", "[0, storageMwh]"),
  SOC("soc", "soc.p.n", Measure.ENERGY_GWH, "stored energy at the start of day n of the year (inter-day storage)",
      "GWh", "[0, storageMwh]"),
  DSOC("dsoc", "dsoc.p.d", Measure.ENERGY_GWH, "net change of stored energy over representative day d "
      + "(inter-day storage)", "GWh", "free"),
  SPILL("spill", "spill.p.t", Measure.ENERGY_GWH, "reservoir spill", "GWh", "≥ 0"),
  F("f", "f.l.t", Measure.POWER_MW, "flow on line l, sent from `from`", "MW", "≥ 0"),
  FR("fr", "fr.l.t", Measure.POWER_MW, "reverse flow on bidirectional line l, sent from `to`", "MW", "≥ 0"),
  S("s", "s.i.t", Measure.COAL_KT, "output of industry i in period t", "kt",
      "≥ 0 (FREE profile: ≤ capacity·h[t]/H)"),
  SA("sa", "sa.i", Measure.COAL_KT, "annual output of industry i with a FLAT profile", "kt/yr", "≥ 0"),
  N("n", "n.i", Measure.COUNT, "potlines running", "integer", "[0, count] (with a potline build: [0, count + maxUnits])"),
  D("d", "d.k.t", Measure.POWER_MW, "direct supply 直供电 k", "MW", "[minMw, maxMw]"),
  U("u", "u.k.t", Measure.POWER_MW, "unserved load of demand k", "MW", "[0, demand[k,t]]"),
  E("e", "e.x.t", Measure.POWER_MW, "export delivered under contract x", "MW", "[0, maxMw] (absent: ≥ 0)"),
  SH("sh", "sh.x.t", Measure.ENERGY_GWH, "export shortfall", "GWh",
      "≥ 0, not capped at the firm energy (a cap there would make the firm row's dual the delivery cost "
          + "instead of the penalty when all of it is short)"),
  B("b", "b.p", Measure.COUNT, "units built at plant p (candidate build)", "integer", "[0, maxUnits]"),
  BL("bl", "bl.l", Measure.COUNT, "units built on line l (candidate build)", "integer", "[0, maxUnits]"),
  BM("bm", "bm.m", Measure.COUNT, "units of extra capacity built at mine m (candidate build)", "integer",
      "[0, maxUnits]"),
  BW("bw", "bw.m", Measure.COUNT, "units of washery 洗煤厂 capacity built at mine m (candidate build)", "integer",
      "[0, maxUnits]"),
  BP("bp", "bp.i", Measure.COUNT, "potlines built at industry i (candidate build)", "integer", "[0, maxUnits]"),
  O("o", "o.p.t", Measure.COUNT, "units online (unit commitment)", "integer", "[0, ⌈capacity/unit⌉ + maxUnits]"),
  SU("su", "su.p.t", Measure.COUNT, "units started at the start of step t (commitment dynamics, §4.18)", "integer",
      "[0, ⌈capacity/unit⌉ + maxUnits]"),
  SD("sd", "sd.p.t", Measure.COUNT, "units stopped at the start of step t (commitment dynamics, §4.18)", "integer",
      "[0, ⌈capacity/unit⌉ + maxUnits]"),
  NB("nb", "nb.p", Measure.COUNT, "units of plant p's build that come in in the stage's year (pathway)", "integer",
      "[0, maxUnits]; 0 before its first build year"),
  NBL("nbl", "nbl.l", Measure.COUNT, "units of line l's build that come in in the stage's year (pathway)", "integer",
      "[0, maxUnits]; 0 before its first build year"),
  NBM("nbm", "nbm.m", Measure.COUNT, "units of mine m's build that come in in the stage's year (pathway)",
      "integer", "[0, maxUnits]; 0 before its first build year"),
  NBW("nbw", "nbw.m", Measure.COUNT, "units of mine m's washery build that come in in the stage's year (pathway)",
      "integer", "[0, maxUnits]; 0 before its first build year"),
  NBP("nbp", "nbp.i", Measure.COUNT, "potlines of industry i's build that come in in the stage's year (pathway)",
      "integer", "[0, maxUnits]; 0 before its first build year"),
  FC("fc", "fc.x", Measure.MODEL_UNIT, "share of contract x's firm energy committed (stochastic plan)", "share",
      "[0, 1]"),
  CVAR_ETA("cvar_eta", "cvar_eta", Measure.MODEL_UNIT, "value at risk η (stochastic plan with CVaR)", "million CNY",
      "free"),
  CVAR_EXCESS("cvar_excess", "cvar_excess.s", Measure.MODEL_UNIT, "cost of scenario s above η", "million CNY", "≥ 0"),
  RELAX_LO("relax_lo", "relax_lo.row", Measure.MODEL_UNIT, "repair slack below a row's lower bound",
      "row unit", "≥ 0 (repair model only)"),
  RELAX_HI("relax_hi", "relax_hi.row", Measure.MODEL_UNIT, "repair slack above a row's upper bound",
      "row unit", "≥ 0 (repair model only)");

  private static final Map<String, ColumnKind> BY_PREFIX = new HashMap<>();

  static {
    for (ColumnKind k : values()) {
      BY_PREFIX.put(k.prefix, k);
    }
  }

  private final String prefix;
  private final String pattern;
  private final Measure measure;
  private final String meaning;
  private final String modelUnit;
  private final String bounds;

  ColumnKind(String prefix, String pattern, Measure measure, String meaning, String modelUnit, String bounds) {
    this.prefix = prefix;
    this.pattern = pattern;
    this.measure = measure;
    this.meaning = meaning;
    this.modelUnit = modelUnit;
    this.bounds = bounds;
  }

  /** The name's first part, which is also the symbol of docs/formulation.md (e.g. "sh"). */
  public String prefix() {
    return prefix;
  }

  /** The name with symbols for ids (e.g. "sh.x.t"). */
  public String pattern() {
    return pattern;
  }

  public Measure measure() {
    return measure;
  }

  /** What the column is, in words. */
  public String meaning() {
    return meaning;
  }

  /** The model unit (kt/yr, MW, GWh, integer, ...). */
  public String modelUnit() {
    return modelUnit;
  }

  /** The column's bounds, in words and symbols. */
  public String bounds() {
    return bounds;
  }

  /** The kind of column {@code columnName}, or null if it is not a name this class builds. */
  public static ColumnKind of(String columnName) {
    return BY_PREFIX.get(ModelNames.prefixOf(columnName));
  }
}
