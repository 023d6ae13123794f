package org.coalgrid.formulation;

import java.util.HashMap;
import java.util.Map;

/**
 * Every row and column name of the model, built here and nowhere else (as OpenRAO's
 * {@code LinearProblemIdGenerator} does; the washery's names are in its companion {@link WasheryNames}). The constraint families, {@link Variables}, the result, explain,
 * what-if, repair and target code all ask this class for a name; the MPS writer writes the names the model
 * holds, which are these.
 *
 * <p>A name is a kind prefix followed by the ids of the entities it belongs to, joined by dots:
 * {@code pcap.<plant>.<period>}. Ids never contain a dot (the validator's id rule), so the part before the
 * first dot is the name's kind ({@link RowKind#of}, {@link ColumnKind#of}) and, for names that end in a
 * period, the part after the last dot is the period id. Coal names end in the origin class
 * ({@code .L}/{@code .S}) only when 大煤保大电 splits coal by origin ({@link OriginClass}).
 *
 * <p>The names are those of the exported MPS files and of the {@code row} fields of solution.json and
 * sensitivity output: changing one changes those files. The independent verifier does not use this class: it
 * checks a solution from the instance and solution.json alone. Thread-safe (stateless).
 */
public final class ModelNames {
  private ModelNames() {}

  /** The kinds of row, by name prefix; {@link #pattern()} is how docs/formulation.md writes the name. */
  public enum RowKind {
    MINE("mine", "mine.m"),
    MINE_MIN("mine_min", "mine_min.m"),
    WASH_CLEAN("wash_clean", "wash_clean.m"),
    WASH_BYPRODUCT("wash_byproduct", "wash_byproduct.m"),
    WASH_SHARE("wash_share", "wash_share.m"),
    WASH_CAPACITY("wash_cap", "wash_cap.m"),
    COAL("coal", "coal.r.g[.c]"),
    ARC("arc", "arc.a"),
    FUEL("fuel", "fuel.p"),
    PLANT_CAPACITY("pcap", "pcap.p.t"),
    PLANT_ONLINE("ponline", "ponline.p.t"),
    PLANT_MIN_LOAD("pmin", "pmin.p.t"),
    UNITS_ONLINE("units", "units.p.t"),
    HYDRO_ENERGY("hydro_energy", "hydro_energy.p.t"),
    HYDRO_LEVEL("hydro_level", "hydro_level.p.m"),
    HYDRO_MIN_RELEASE("hydro_minrel", "hydro_minrel.p.t"),
    STORAGE_LEVEL("ps_level", "ps_level.p.t"),
    STORAGE_LINK("ps_link", "ps_link.p.n"),
    STORAGE_ANCHOR("ps_anchor", "ps_anchor.p.d"),
    POWER("power", "power.r.t"),
    LINE("line", "line.l.t"),
    EXPORT_FIRM("export_firm", "export_firm.x.t"),
    INDUSTRY_OUTPUT("ind_output", "ind_output.i"),
    INDUSTRY_POTLINES("ind_potlines", "ind_potlines.i"),
    INDUSTRY_POTLINE_BUILD("ind_potline_build", "ind_potline_build.i"),
    INDUSTRY_SUM("ind_sum", "ind_sum.i"),
    INDUSTRY_FLAT("ind_flat", "ind_flat.i.t"),
    INDUSTRY_FEED("ind_feed", "ind_feed.i.g"),
    HEAT("heat", "heat.r.t"),
    DIRECT_FROM_PLANT("ds_plant", "ds_plant.p.t"),
    DIRECT_TO_LOAD("ds_load", "ds_load.i.t"),
    COAL_DEMAND("coal_demand", "coal_demand.k"),
    POLICY("policy", "policy.id"),
    RAMP_UP("ramp_up", "ramp_up.p.t"),
    RAMP_DOWN("ramp_down", "ramp_down.p.t"),
    STARTUP("startup", "startup.p.t"),
    MIN_UP("min_up", "min_up.p.t"),
    MIN_DOWN("min_down", "min_down.p.t"),
    TARGET("target", "target.id[.lo|.hi]"),
    CARRY("carry", "carry.p"),
    CARRY_LINE("carry_line", "carry_line.l"),
    CARRY_MINE("carry_mine", "carry_mine.m"),
    CARRY_POTLINE("carry_potline", "carry_potline.i"),
    CARRY_WASH("carry_wash", "carry_wash.m"),
    REPAIR_BUDGET("repair_budget", "repair_budget"),
    CVAR("cvar", "cvar.s");

    private static final Map<String, RowKind> BY_PREFIX = new HashMap<>();

    static {
      for (RowKind k : values()) {
        BY_PREFIX.put(k.prefix, k);
      }
    }

    private final String prefix;
    private final String pattern;

    RowKind(String prefix, String pattern) {
      this.prefix = prefix;
      this.pattern = pattern;
    }

    /** The name's first part, e.g. "pcap" (the {@code kind} of explain.json findings). */
    public String prefix() {
      return prefix;
    }

    /** The name with symbols for ids, as docs/formulation.md writes it (e.g. "pcap.p.t"). */
    public String pattern() {
      return pattern;
    }

    /** The kind of row {@code rowName}, or null if it is not a name this class builds. */
    public static RowKind of(String rowName) {
      return BY_PREFIX.get(prefixOf(rowName));
    }
  }

  /** The part of a name before its first dot (the whole name if it has none), after any stage prefix. */
  static String prefixOf(String name) {
    String local = unstaged(name);
    int dot = local.indexOf('.');
    return dot < 0 ? local : local.substring(0, dot);
  }

  /** What separates a stage from the name it prefixes ({@link #staged}); never part of an id or a kind prefix. */
  public static final char STAGE_SEPARATOR = ':';

  /**
   * Name {@code name} of stage {@code stage} in a model of several stages (years of a pathway, scenarios):
   * {@code stage:name}, e.g. {@code y2008:pcap.p.t}. Ids never contain ':' (the validator's id rule), so the part
   * before the first ':' that comes before the first '.' is the stage; {@link RowKind#of}, {@link ColumnKind#of} and
   * {@link #lastPart} read staged names as they read the stage's own.
   */
  public static String staged(String stage, String name) {
    return stage + STAGE_SEPARATOR + name;
  }

  /** The stage of a staged name ({@link #staged}), or null for a name of a one-stage model. */
  public static String stageOf(String name) {
    int c = stageEnd(name);
    return c < 0 ? null : name.substring(0, c);
  }

  /** A staged name without its stage: the name in the stage's own model ({@code y2008:pcap.p.t} → {@code pcap.p.t}). */
  public static String unstaged(String name) {
    int c = stageEnd(name);
    return c < 0 ? name : name.substring(c + 1);
  }

  private static int stageEnd(String name) {
    int c = name.indexOf(STAGE_SEPARATOR);
    int dot = name.indexOf('.');
    return c >= 0 && (dot < 0 || c < dot) ? c : -1;
  }

  /** The last part of a name: the period id of a per-period name. */
  public static String lastPart(String name) {
    return name.substring(name.lastIndexOf('.') + 1);
  }

  static String name(RowKind kind, String a) {
    return kind.prefix + '.' + a;
  }

  private static String name(RowKind kind, String a, String b) {
    return kind.prefix + '.' + a + '.' + b;
  }

  static String name(ColumnKind kind, String a) {
    return kind.prefix() + '.' + a;
  }

  private static String name(ColumnKind kind, String a, String b) {
    return kind.prefix() + '.' + a + '.' + b;
  }

  private static String withClass(String name, OriginClass c) {
    return c == OriginClass.ANY ? name : name + '.' + c.code();
  }

  // ---- rows, in the order of Formulation.FAMILIES ----

  /** Mine bounds of mine m: {@code mine.m}. */
  public static String mine(String mine) {
    return name(RowKind.MINE, mine);
  }

  /** Minimum output of mine m with a candidate build (its capacity row then holds the build): {@code mine_min.m}. */
  public static String mineMin(String mine) {
    return name(RowKind.MINE_MIN, mine);
  }

  /** Clean coal from washing at mine m: {@code wash_clean.m}. */
  public static String washClean(String mine) {
    return name(RowKind.WASH_CLEAN, mine);
  }

  /** Byproduct from washing at mine m: {@code wash_byproduct.m}. */
  public static String washByproduct(String mine) {
    return name(RowKind.WASH_BYPRODUCT, mine);
  }

  /** Coal balance of region r, grade g, origin class c: {@code coal.r.g[.c]}. */
  public static String coalBalance(String region, String grade, OriginClass c) {
    return withClass(name(RowKind.COAL, region, grade), c);
  }

  /** Capacity of coal arc a: {@code arc.a}. */
  public static String arc(String arc) {
    return name(RowKind.ARC, arc);
  }

  /** Fuel of plant p: {@code fuel.p}. */
  public static String fuel(String plant) {
    return name(RowKind.FUEL, plant);
  }

  /** Capacity of plant p in period t: {@code pcap.p.t}. */
  public static String plantCapacity(String plant, String period) {
    return name(RowKind.PLANT_CAPACITY, plant, period);
  }

  /** Output within the units online (unit commitment): {@code ponline.p.t}. */
  public static String plantOnline(String plant, String period) {
    return name(RowKind.PLANT_ONLINE, plant, period);
  }

  /** Minimum load of the units online (unit commitment): {@code pmin.p.t}. */
  public static String plantMinLoad(String plant, String period) {
    return name(RowKind.PLANT_MIN_LOAD, plant, period);
  }

  /** Units online at most the units installed (unit commitment): {@code units.p.t}. */
  public static String unitsOnline(String plant, String period) {
    return name(RowKind.UNITS_ONLINE, plant, period);
  }

  /** Energy limit of a hydro station: {@code hydro_energy.p.t}. */
  public static String hydroEnergy(String plant, String period) {
    return name(RowKind.HYDRO_ENERGY, plant, period);
  }

  /** Reservoir level of stage m (a period with blocks, a month with days): {@code hydro_level.p.m}. */
  public static String hydroLevel(String plant, String stage) {
    return name(RowKind.HYDRO_LEVEL, plant, stage);
  }

  /** Reservoir minimum release: {@code hydro_minrel.p.t}. */
  public static String hydroMinRelease(String plant, String period) {
    return name(RowKind.HYDRO_MIN_RELEASE, plant, period);
  }

  /** Pumped-storage level: {@code ps_level.p.t}. */
  public static String storageLevel(String plant, String period) {
    return name(RowKind.STORAGE_LEVEL, plant, period);
  }

  /** Inter-day storage: the level carried from day n of the year to the next: {@code ps_link.p.n}. */
  public static String storageLink(String plant, String dayOfYear) {
    return name(RowKind.STORAGE_LINK, plant, dayOfYear);
  }

  /** Inter-day storage: a representative day starts from the level of its first day of the year: {@code ps_anchor.p.d}. */
  public static String storageAnchor(String plant, String day) {
    return name(RowKind.STORAGE_ANCHOR, plant, day);
  }

  /** Day n (1-based) of the year as it appears in names: three digits, "001" to "366". */
  public static String dayOfYear(int n) {
    String s = Integer.toString(n);
    return "0".repeat(Math.max(0, 3 - s.length())) + s;
  }

  /** Ramping up of plant p into step t: {@code ramp_up.p.t}. */
  public static String rampUp(String plant, String period) {
    return name(RowKind.RAMP_UP, plant, period);
  }

  /** Ramping down of plant p into step t: {@code ramp_down.p.t}. */
  public static String rampDown(String plant, String period) {
    return name(RowKind.RAMP_DOWN, plant, period);
  }

  /** Units online from the step before to step t (commitment dynamics): {@code startup.p.t}. */
  public static String startup(String plant, String period) {
    return name(RowKind.STARTUP, plant, period);
  }

  /** Minimum up time of plant p's units at step t: {@code min_up.p.t}. */
  public static String minUp(String plant, String period) {
    return name(RowKind.MIN_UP, plant, period);
  }

  /** Minimum down time of plant p's units at step t: {@code min_down.p.t}. */
  public static String minDown(String plant, String period) {
    return name(RowKind.MIN_DOWN, plant, period);
  }

  /** Power balance of region r in period t: {@code power.r.t}. */
  public static String powerBalance(String region, String period) {
    return name(RowKind.POWER, region, period);
  }

  /** Capacity of line l in period t: {@code line.l.t}. */
  public static String line(String line, String period) {
    return name(RowKind.LINE, line, period);
  }

  /** Firm energy of export contract x in period t: {@code export_firm.x.t}. */
  public static String exportFirm(String export, String period) {
    return name(RowKind.EXPORT_FIRM, export, period);
  }

  /** Annual output of industry i: {@code ind_output.i}. */
  public static String industryOutput(String industry) {
    return name(RowKind.INDUSTRY_OUTPUT, industry);
  }

  /** Potlines of industry i: {@code ind_potlines.i}. */
  public static String industryPotlines(String industry) {
    return name(RowKind.INDUSTRY_POTLINES, industry);
  }

  /** Potlines running at most those before builds plus those built: {@code ind_potline_build.i}. */
  public static String industryPotlineBuild(String industry) {
    return name(RowKind.INDUSTRY_POTLINE_BUILD, industry);
  }

  /** Annual output of FLAT industry i as the sum of its periods' output: {@code ind_sum.i}. */
  public static String industrySum(String industry) {
    return name(RowKind.INDUSTRY_SUM, industry);
  }

  /** Flat profile of industry i in period t: {@code ind_flat.i.t}. */
  public static String industryFlat(String industry, String period) {
    return name(RowKind.INDUSTRY_FLAT, industry, period);
  }

  /** Coal feed of grade g to industry i: {@code ind_feed.i.g}. */
  public static String industryFeed(String industry, String grade) {
    return name(RowKind.INDUSTRY_FEED, industry, grade);
  }

  /** Heat balance of region r in period t: {@code heat.r.t}. */
  public static String heatBalance(String region, String period) {
    return name(RowKind.HEAT, region, period);
  }

  /** Direct supply from plant p at most its output: {@code ds_plant.p.t}. */
  public static String directFromPlant(String plant, String period) {
    return name(RowKind.DIRECT_FROM_PLANT, plant, period);
  }

  /** Direct supply to industry i at most its load: {@code ds_load.i.t}. */
  public static String directToLoad(String industry, String period) {
    return name(RowKind.DIRECT_TO_LOAD, industry, period);
  }

  /** Firm coal demand k: {@code coal_demand.k}. */
  public static String coalDemand(String demand) {
    return name(RowKind.COAL_DEMAND, demand);
  }

  /** Policy: {@code policy.id}. */
  public static String policy(String policy) {
    return name(RowKind.POLICY, policy);
  }

  /** A target imposed as a row: {@code target.id}. */
  public static String target(String target) {
    return name(RowKind.TARGET, target);
  }

  /** The lower end of a ratio target imposed as a row: {@code target.id.lo}. */
  public static String targetLower(String target) {
    return name(RowKind.TARGET, target, "lo");
  }

  /** The upper end of a ratio target imposed as a row: {@code target.id.hi}. */
  public static String targetUpper(String target) {
    return name(RowKind.TARGET, target, "hi");
  }

  /** Pathway: the units of plant p's build in service in a year, from the units that came in: {@code carry.p}. */
  public static String carry(String plant) {
    return name(RowKind.CARRY, plant);
  }

  /** Pathway: the units of mine m's build in service in a year: {@code carry_mine.m}. */
  public static String carryMine(String mine) {
    return name(RowKind.CARRY_MINE, mine);
  }

  /** Pathway: the potlines of industry i's build in service in a year: {@code carry_potline.i}. */
  public static String carryPotline(String industry) {
    return name(RowKind.CARRY_POTLINE, industry);
  }

  /** Pathway: the units of line l's build in service in a year: {@code carry_line.l}. */
  public static String carryLine(String line) {
    return name(RowKind.CARRY_LINE, line);
  }

  /** The repair model's budget row (phase 2 of the elastic repair): {@code repair_budget}. */
  public static String repairBudget() {
    return RowKind.REPAIR_BUDGET.prefix;
  }

  // ---- columns, in the order of Variables ----

  /** {@code q.m}. */
  public static String q(String mine) {
    return name(ColumnKind.Q, mine);
  }

  /** {@code wc.m}. */
  public static String wc(String mine) {
    return name(ColumnKind.WC, mine);
  }

  /** {@code wb.m}. */
  public static String wb(String mine) {
    return name(ColumnKind.WB, mine);
  }

  /** {@code y.a.g[.c]}. */
  public static String y(String arc, String grade, OriginClass c) {
    return withClass(name(ColumnKind.Y, arc, grade), c);
  }

  /** {@code z.p.g[.c]}. */
  public static String z(String plant, String grade, OriginClass c) {
    return withClass(name(ColumnKind.Z, plant, grade), c);
  }

  /** {@code w.i.g[.c]}. */
  public static String w(String industry, String grade, OriginClass c) {
    return withClass(name(ColumnKind.W, industry, grade), c);
  }

  /** {@code cd.k[.c]}. */
  public static String cd(String coalDemand, OriginClass c) {
    return withClass(name(ColumnKind.CD, coalDemand), c);
  }

  /** {@code x.p.t}. */
  public static String x(String plant, String period) {
    return name(ColumnKind.X, plant, period);
  }

  /** {@code pump.p.t}. */
  public static String pump(String plant, String period) {
    return name(ColumnKind.PUMP, plant, period);
  }

  /** {@code lvl.p.t}. */
  public static String lvl(String plant, String period) {
    return name(ColumnKind.LVL, plant, period);
  }

  /** {@code soc.p.n}: stored energy at the start of day n of the year. */
  public static String soc(String plant, String dayOfYear) {
    return name(ColumnKind.SOC, plant, dayOfYear);
  }

  /** {@code dsoc.p.d}: net change of stored energy over representative day d. */
  public static String dsoc(String plant, String day) {
    return name(ColumnKind.DSOC, plant, day);
  }

  /** {@code spill.p.t}. */
  public static String spill(String plant, String period) {
    return name(ColumnKind.SPILL, plant, period);
  }

  /** {@code f.l.t}. */
  public static String f(String line, String period) {
    return name(ColumnKind.F, line, period);
  }

  /** {@code fr.l.t}. */
  public static String fr(String line, String period) {
    return name(ColumnKind.FR, line, period);
  }

  /** {@code s.i.t}. */
  public static String s(String industry, String period) {
    return name(ColumnKind.S, industry, period);
  }

  /** {@code sa.i}: annual output of a FLAT industry. */
  public static String sa(String industry) {
    return name(ColumnKind.SA, industry);
  }

  /** {@code n.i}. */
  public static String n(String industry) {
    return name(ColumnKind.N, industry);
  }

  /** {@code d.k.t}. */
  public static String d(String directSupply, String period) {
    return name(ColumnKind.D, directSupply, period);
  }

  /** {@code u.k.t}. */
  public static String u(String demand, String period) {
    return name(ColumnKind.U, demand, period);
  }

  /** {@code e.x.t}. */
  public static String e(String export, String period) {
    return name(ColumnKind.E, export, period);
  }

  /** {@code sh.x.t}. */
  public static String sh(String export, String period) {
    return name(ColumnKind.SH, export, period);
  }

  /** {@code b.p}. */
  public static String b(String plant) {
    return name(ColumnKind.B, plant);
  }

  /** {@code bl.l}. */
  public static String bl(String line) {
    return name(ColumnKind.BL, line);
  }

  /** {@code bm.m}: units of extra capacity built at mine m. */
  public static String bm(String mine) {
    return name(ColumnKind.BM, mine);
  }

  /** {@code bp.i}: potlines built at industry i. */
  public static String bp(String industry) {
    return name(ColumnKind.BP, industry);
  }

  /** {@code o.p.t}. */
  public static String o(String plant, String period) {
    return name(ColumnKind.O, plant, period);
  }

  /** {@code su.p.t}: units started. */
  public static String su(String plant, String period) {
    return name(ColumnKind.SU, plant, period);
  }

  /** {@code sd.p.t}: units stopped. */
  public static String sd(String plant, String period) {
    return name(ColumnKind.SD, plant, period);
  }

  /** {@code fc.x}; {@code cvar_eta}; {@code cvar_excess.s}; the CVaR row {@code cvar.s}. */
  public static String fc(String export) {
    return name(ColumnKind.FC, export);
  }

  public static String cvarEta() {
    return ColumnKind.CVAR_ETA.prefix();
  }

  public static String cvarExcess(String scenario) {
    return name(ColumnKind.CVAR_EXCESS, scenario);
  }

  public static String cvar(String scenario) {
    return name(RowKind.CVAR, scenario);
  }

  /** {@code nb.p}: units of plant p's build that come in in a year (pathway). */
  public static String nb(String plant) {
    return name(ColumnKind.NB, plant);
  }

  /** {@code nbl.l}: units of line l's build that come in in a year (pathway). */
  public static String nbl(String line) {
    return name(ColumnKind.NBL, line);
  }

  /** {@code nbm.m}: units of mine m's build that come in in a year (pathway). */
  public static String nbm(String mine) {
    return name(ColumnKind.NBM, mine);
  }

  /** {@code nbp.i}: potlines of industry i's build that come in in a year (pathway). */
  public static String nbp(String industry) {
    return name(ColumnKind.NBP, industry);
  }

  /** The repair slack that lets row {@code rowName} fall below its lower bound: {@code relax_lo.<row>}. */
  public static String relaxLower(String rowName) {
    return name(ColumnKind.RELAX_LO, rowName);
  }

  /** The repair slack that lets row {@code rowName} exceed its upper bound: {@code relax_hi.<row>}. */
  public static String relaxUpper(String rowName) {
    return name(ColumnKind.RELAX_HI, rowName);
  }
}
