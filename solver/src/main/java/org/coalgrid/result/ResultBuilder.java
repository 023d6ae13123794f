package org.coalgrid.result;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.coalgrid.Version;
import org.coalgrid.domain.CoalArc;
import org.coalgrid.domain.CoalDemand;
import org.coalgrid.domain.Demand;
import org.coalgrid.domain.DirectSupply;
import org.coalgrid.domain.ExportContract;
import org.coalgrid.domain.Industry;
import org.coalgrid.domain.Instance;
import org.coalgrid.domain.Line;
import org.coalgrid.domain.MetricName;
import org.coalgrid.domain.Mine;
import org.coalgrid.domain.Plant;
import org.coalgrid.domain.PlantType;
import org.coalgrid.domain.Policy;
import org.coalgrid.engine.SolveOutcome;
import org.coalgrid.formulation.Metrics;
import org.coalgrid.formulation.ModelContext;
import org.coalgrid.formulation.ModelNames;
import org.coalgrid.formulation.OriginClass;
import org.coalgrid.formulation.Units;
import org.coalgrid.formulation.Variables;
import org.coalgrid.formulation.WasheryNames;
import org.coalgrid.io.Scenario;
import org.coalgrid.lp.LinearProgram;
import org.coalgrid.lp.RowInfo;
import org.coalgrid.result.AllocationResult.*;
import org.coalgrid.solve.RawSolution;

/** Turns a {@link SolveOutcome} into an {@link AllocationResult} in domain units. */
public final class ResultBuilder {
  /** Duals (million CNY per model unit) smaller than this are treated as zero. */
  static final double DUAL_TOL = 1e-9;

  private final SolveOutcome out;
  private final Instance in;
  private final ModelContext ctx;
  private final LinearProgram lp;
  private final Variables v;
  private final double[] x;
  private final double[] y;
  private final int nt;

  private ResultBuilder(SolveOutcome out, String instanceName) {
    this.out = out;
    this.ctx = out.model();
    this.in = ctx.instance();
    this.lp = ctx.lp();
    this.v = ctx.vars();
    RawSolution raw = out.raw();
    this.x = raw.x() != null ? raw.x() : new double[lp.numColumns()];
    this.y = out.prices().available() ? out.prices().duals() : null;
    this.nt = ctx.numPeriods();
  }

  public static AllocationResult build(SolveOutcome out, String instanceName) {
    return build(out, instanceName, List.of());
  }

  /** As {@link #build(SolveOutcome, String)}, recording the {@code --set} overrides the instance was read with. */
  public static AllocationResult build(SolveOutcome out, String instanceName, List<Scenario.Applied> scenario) {
    return build(out, instanceName, scenario, List.of());
  }

  /** As {@link #build(SolveOutcome, String, List)}, recording the warnings of the instance's checks too. */
  public static AllocationResult build(SolveOutcome out, String instanceName, List<Scenario.Applied> scenario,
      List<String> warnings) {
    return new ResultBuilder(out, instanceName).build(instanceName, scenario, warnings);
  }

  private AllocationResult build(String instanceName, List<Scenario.Applied> scenario, List<String> warnings) {
    RawSolution raw = out.raw();
    boolean has = raw.status().hasSolution();
    Map<String, Object> solver = new LinkedHashMap<>(out.settings().describe());
    solver.put("orToolsVersion", Version.orTools());
    solver.put("iterations", raw.iterations());
    solver.put("nodes", raw.nodes());
    ModelSize size = new ModelSize(lp.numColumns(), lp.numRows(), lp.numNonzeros(), lp.numIntegers());
    List<ScenarioEdit> edits = scenario.stream().map(ScenarioEdit::of).toList();
    return new AllocationResult(Version.coalgrid(), instanceName, edits, List.copyOf(warnings), raw.status().name(),
        raw.message(), ctx.mode().name(), solver, size,
        has ? objective(raw) : null,
        has ? kpis() : null,
        has ? mines() : List.of(),
        has ? arcs() : List.of(),
        has ? plants() : List.of(),
        has ? lines() : List.of(),
        has ? industries() : List.of(),
        has ? directSupplies() : List.of(),
        has ? demands() : List.of(),
        has ? coalDemands() : List.of(),
        has ? exports() : List.of(),
        has ? policies() : List.of(),
        prices(),
        has ? binding() : List.of());
  }

  private Objective objective(RawSolution raw) {
    Map<String, Double> terms = new LinkedHashMap<>();
    lp.termValues(x).forEach((t, val) -> terms.put(t.name(), val * Units.CNY_PER_UNIT));
    boolean mip = lp.isMip();
    return new Objective(raw.objective() * Units.CNY_PER_UNIT, terms,
        mip ? raw.bestBound() * Units.CNY_PER_UNIT : null, mip ? raw.relativeGap() : null);
  }

  private double metric(MetricName.Kind kind) {
    return metric(kind, null);
  }

  private double metric(MetricName.Kind kind, String arg) {
    return new Metrics(ctx).linear(new MetricName(kind, arg)).evaluate(x);
  }

  private Double ratio(MetricName.Kind kind) {
    return new Metrics(ctx).ratio(new MetricName(kind, null)).evaluate(x);
  }

  private Kpis kpis() {
    double produced = metric(MetricName.Kind.COAL_PRODUCED);
    double toPower = metric(MetricName.Kind.COAL_TO_POWER);
    double toInd = metric(MetricName.Kind.COAL_TO_INDUSTRY);
    double other = 0;
    for (int k = 0; k < in.coalDemands().size(); k++) {
      if (!ctx.isExternal(in.coalDemands().get(k).region())) {
        other += sum(v.cd[k]) * Units.T_PER_UNIT;
      }
    }
    Map<String, Double> genByType = new LinkedHashMap<>();
    Map<String, Double> capByType = new LinkedHashMap<>();
    for (PlantType type : PlantType.values()) {
      if (in.plants().stream().anyMatch(p -> p.type() == type && !ctx.isExternal(p.region()))) {
        genByType.put(type.name(), metric(MetricName.Kind.GENERATION_TYPE, type.name()));
        capByType.put(type.name(), metric(MetricName.Kind.CAPACITY_TYPE, type.name()));
      }
    }
    double contract = 0;
    double delivered = 0;
    double shortfall = 0;
    for (int k = 0; k < in.exports().size(); k++) {
      for (int t = 0; t < nt; t++) {
        contract += Variables.firmMwh(ctx, in.exports().get(k), t);
        delivered += x[v.e[k][t]] * ctx.hours(t);
        shortfall += x[v.sh[k][t]] * Units.MWH_PER_UNIT;
      }
    }
    double unserved = 0;
    for (int k = 0; k < in.demands().size(); k++) {
      if (!ctx.isExternal(in.demands().get(k).region())) {
        unserved += energy(v.u[k]);
      }
    }
    double direct = 0;
    for (int[] d : v.d) {
      direct += energy(d);
    }
    Double localConversion = ratio(MetricName.Kind.COAL_LOCAL_CONVERSION);
    return new Kpis(produced, toPower, toInd, metric(MetricName.Kind.COAL_OUTBOUND), other,
        localConversion != null ? localConversion : 0,
        metric(MetricName.Kind.GENERATION_TOTAL), genByType, capByType, contract, delivered, shortfall, unserved,
        direct, metric(MetricName.Kind.EMISSIONS_CO2), metric(MetricName.Kind.EMISSIONS_SO2),
        ratio(MetricName.Kind.UNIT_COAL_LARGE));
  }

  private List<MineResult> mines() {
    List<MineResult> list = new ArrayList<>();
    for (int m = 0; m < in.mines().size(); m++) {
      Mine mine = in.mines().get(m);
      Integer built = v.bm[m] >= 0 ? (int) Math.round(x[v.bm[m]]) : null;
      Double builtT = built != null ? built * mine.build().unitT() : null;
      list.add(new MineResult(mine.id(), mine.region(), mine.grade(), t(v.q[m]),
          mine.capacityT() + (builtT != null ? builtT : 0), mine.minOutputT(), t(v.wc[m]), t(v.wb[m]),
          mine.costCnyPerT(), shadow(ModelNames.mine(mine.id())), built, builtT, washery(mine, m)));
    }
    return list;
  }

  /** The washery of mine m, or null when its washing has no capacity or build (a fixed share). */
  private WasheryResult washery(Mine mine, int m) {
    if (v.ww[m] < 0) {
      return null;
    }
    Integer built = v.bw[m] >= 0 ? (int) Math.round(x[v.bw[m]]) : null;
    Double builtT = built != null ? built * mine.washing().build().unitT() : null;
    return new WasheryResult(t(v.ww[m]), mine.washing().capacityBeforeBuilds() + (builtT != null ? builtT : 0),
        built, builtT, shadow(WasheryNames.washCapacity(mine.id())));
  }

  private List<ArcResult> arcs() {
    List<ArcResult> list = new ArrayList<>();
    for (int a = 0; a < in.coalArcs().size(); a++) {
      CoalArc arc = in.coalArcs().get(a);
      Map<String, Double> flows = new LinkedHashMap<>();
      double total = 0;
      for (int g = 0; g < in.coalGrades().size(); g++) {
        double f = 0;
        boolean any = false;
        for (int col : v.y[a][g]) {
          if (col >= 0) {
            any = true;
            f += x[col] * Units.T_PER_UNIT;
          }
        }
        if (any) {
          flows.put(in.coalGrades().get(g).id(), f);
          total += f;
        }
      }
      list.add(new ArcResult(arc.id(), arc.from(), arc.to(), arc.mode().name(), flows, total, arc.capacityT(),
          total * arc.lossShare(), arc.capacityT() != null ? shadow(ModelNames.arc(arc.id())) : null));
    }
    return list;
  }

  private List<PlantResult> plants() {
    List<PlantResult> list = new ArrayList<>();
    for (int p = 0; p < in.plants().size(); p++) {
      Plant plant = in.plants().get(p);
      int built = v.b[p] >= 0 ? (int) Math.round(x[v.b[p]]) : 0;
      double builtMw = built > 0 ? built * plant.build().unitMw() : 0;
      double cap = plant.capacityMw() + builtMw;
      Map<String, Double> coal = new LinkedHashMap<>();
      double tce = 0;
      for (int g = 0; g < in.coalGrades().size(); g++) {
        double burned = 0;
        boolean any = false;
        for (int col : v.z[p][g]) {
          if (col >= 0) {
            any = true;
            burned += x[col] * Units.T_PER_UNIT;
          }
        }
        if (any) {
          coal.put(in.coalGrades().get(g).id(), burned);
          tce += burned * in.coalGrades().get(g).tcePerT();
        }
      }
      List<PlantPeriod> periods = new ArrayList<>();
      double gen = 0;
      // a reservoir with days keeps its level per stage (month), reported apart; per period there is none
      boolean levelPerPeriod = v.lvl[p] != null && v.lvl[p].length == nt
          && (plant.storage() != null || !ctx.instance().time().hasDays());
      for (int t = 0; t < nt; t++) {
        String pid = ctx.periodId(t);
        double mw = x[v.x[p][t]];
        gen += mw * ctx.hours(t);
        Double rent = null;
        Double s = shadow(ModelNames.plantCapacity(plant.id(), pid));
        if (s != null) {
          rent = -s;
        }
        periods.add(new PlantPeriod(pid, mw, mw * ctx.hours(t), plant.availabilityIn(pid) * cap,
            v.pump[p] != null ? x[v.pump[p][t]] : null,
            levelPerPeriod ? x[v.lvl[p][t]] * Units.MWH_PER_UNIT : null,
            v.spill[p] != null ? x[v.spill[p][t]] * Units.MWH_PER_UNIT : null, rent,
            v.o[p] != null ? (Integer) (int) Math.round(x[v.o[p][t]]) : null,
            v.su[p] != null ? (Integer) (int) Math.round(x[v.su[p][t]]) : null,
            v.sd[p] != null ? (Integer) (int) Math.round(x[v.sd[p][t]]) : null));
      }
      Double fromLarge = null;
      int large = ctx.classes().indexOf(OriginClass.LARGE);
      if (large >= 0 && plant.type().burnsCoal()) {
        double s = 0;
        for (int[] byClass : v.z[p]) {
          s += byClass[large] >= 0 ? x[byClass[large]] * Units.T_PER_UNIT : 0;
        }
        fromLarge = s;
      }
      Map<String, Double> stageLevels = null;
      if (v.lvl[p] != null && !levelPerPeriod) {
        stageLevels = new LinkedHashMap<>();
        List<String> stages = ctx.chronology().stageIds();
        for (int m = 0; m < v.lvl[p].length; m++) {
          stageLevels.put(stages.get(m), x[v.lvl[p][m]] * Units.MWH_PER_UNIT);
        }
      }
      List<Double> dayStart = null;
      if (v.soc[p] != null) {
        dayStart = new ArrayList<>();
        for (int col : v.soc[p]) {
          dayStart.add(x[col] * Units.MWH_PER_UNIT);
        }
      }
      list.add(new PlantResult(plant.id(), plant.region(), plant.type().name(), plant.large(), cap, built, builtMw,
          gen, cap > 0 ? gen / cap : 0, coal, fromLarge, tce, periods, stageLevels, dayStart, arbitrage(p, plant),
          startUps(p, plant)));
    }
    return list;
  }

  private List<LineResult> lines() {
    List<LineResult> list = new ArrayList<>();
    for (int l = 0; l < in.lines().size(); l++) {
      Line line = in.lines().get(l);
      int built = v.bl[l] >= 0 ? (int) Math.round(x[v.bl[l]]) : 0;
      double builtMw = built > 0 ? built * line.build().unitMw() : 0;
      List<LinePeriod> periods = new ArrayList<>();
      double sent = 0;
      int congested = 0;
      for (int t = 0; t < nt; t++) {
        String pid = ctx.periodId(t);
        double f = x[v.f[l][t]];
        double r = v.fr[l] != null ? x[v.fr[l][t]] : 0;
        sent += (f + r) * ctx.hours(t);
        Double s = shadow(ModelNames.line(line.id(), pid));
        Double rent = s != null ? -s : null;
        if (rent != null && rent > 1e-6) {
          congested++;
        }
        periods.add(new LinePeriod(pid, f, r, line.capacityIn(pid) + builtMw, rent));
      }
      list.add(new LineResult(line.id(), line.from(), line.to(), line.bidirectional(), ctx.isExternal(line.to()), built,
          builtMw, sent, sent * line.lossShare(), congested, periods));
    }
    return list;
  }

  private List<IndustryResult> industries() {
    List<IndustryResult> list = new ArrayList<>();
    for (int i = 0; i < in.industries().size(); i++) {
      Industry ind = in.industries().get(i);
      double out = 0;
      List<IndustryPeriod> periods = new ArrayList<>();
      for (int t = 0; t < nt; t++) {
        double s = x[v.s[i][t]] * Units.T_PER_UNIT;
        out += s;
        periods.add(new IndustryPeriod(ctx.periodId(t), s, ind.electricityMwhPerT() * s / ctx.hours(t)));
      }
      Map<String, Double> coal = new LinkedHashMap<>();
      for (String g : ind.coalFeedTPerT().keySet().stream().sorted().toList()) {
        coal.put(g, sum(v.w[i][v.grade(g)]) * Units.T_PER_UNIT);
      }
      list.add(new IndustryResult(ind.id(), ind.region(), ind.chain().name(), ind.product(), out,
          ind.plannedOutput(), ind.capacityT(), out * ind.electricityMwhPerT(), coal, out * ind.heatGjPerT(),
          v.n[i] >= 0 ? (int) Math.round(x[v.n[i]]) : null, shadow(ModelNames.industryOutput(ind.id())), periods,
          v.bp[i] >= 0 ? (int) Math.round(x[v.bp[i]]) : null));
    }
    return list;
  }

  private List<DirectSupplyResult> directSupplies() {
    List<DirectSupplyResult> list = new ArrayList<>();
    for (int k = 0; k < in.directSupplies().size(); k++) {
      DirectSupply ds = in.directSupplies().get(k);
      Map<String, Double> byPeriod = new LinkedHashMap<>();
      for (int t = 0; t < nt; t++) {
        byPeriod.put(ctx.periodId(t), x[v.d[k][t]]);
      }
      list.add(new DirectSupplyResult(ds.id(), ds.plant(), ds.industry(), energy(v.d[k]), byPeriod));
    }
    return list;
  }

  private List<DemandResult> demands() {
    List<DemandResult> list = new ArrayList<>();
    for (int k = 0; k < in.demands().size(); k++) {
      Demand d = in.demands().get(k);
      List<DemandPeriod> periods = new ArrayList<>();
      double dem = 0;
      for (int t = 0; t < nt; t++) {
        double mw = Variables.demandMw(ctx, d, t);
        dem += mw * ctx.hours(t);
        periods.add(new DemandPeriod(ctx.periodId(t), mw, x[v.u[k][t]]));
      }
      list.add(new DemandResult(d.id(), d.region(), dem, energy(v.u[k]), periods));
    }
    return list;
  }

  private List<CoalDemandResult> coalDemands() {
    List<CoalDemandResult> list = new ArrayList<>();
    for (int k = 0; k < in.coalDemands().size(); k++) {
      CoalDemand d = in.coalDemands().get(k);
      list.add(new CoalDemandResult(d.id(), d.region(), d.grade(), d.firmT(), sum(v.cd[k]) * Units.T_PER_UNIT));
    }
    return list;
  }

  private List<ExportResult> exports() {
    List<ExportResult> list = new ArrayList<>();
    for (int k = 0; k < in.exports().size(); k++) {
      ExportContract ex = in.exports().get(k);
      List<ExportPeriod> periods = new ArrayList<>();
      double firm = 0;
      double del = 0;
      double sh = 0;
      double revenue = 0;
      for (int t = 0; t < nt; t++) {
        double f = Variables.firmMwh(ctx, ex, t);
        double mw = x[v.e[k][t]];
        double s = x[v.sh[k][t]] * Units.MWH_PER_UNIT;
        firm += f;
        del += mw * ctx.hours(t);
        revenue += ex.priceIn(ctx.periodId(t)) * mw * ctx.hours(t);
        sh += s;
        periods.add(new ExportPeriod(ctx.periodId(t), f, mw, mw * ctx.hours(t), s,
            shadow(ModelNames.exportFirm(ex.id(), ctx.periodId(t)))));
      }
      // one price: price × energy, as always (the same bytes); a time-of-use price: Σ_t price[t]·e[t]·h[t]
      revenue = ex.priceCnyPerMwhByPeriod().isEmpty() ? del * ex.priceCnyPerMwh() : revenue;
      list.add(new ExportResult(ex.id(), ex.region(), firm, del, sh, revenue, periods));
    }
    return list;
  }

  private List<PolicyResult> policies() {
    List<PolicyResult> list = new ArrayList<>();
    for (Policy p : in.policies()) {
      int r = lp.row(ModelNames.policy(p.id()));
      RowInfo info = lp.rowInfo(r);
      double c = lp.rowConstant(r); // e.g. existing corridor MW of an export-capability policy
      double act = lp.rowActivity(r, x) + c;
      double f = info.rhsToDomain();
      Double s = shadow(ModelNames.policy(p.id()));
      boolean binding = s != null && Math.abs(s) > 0;
      list.add(new PolicyResult(p.id(), p.name(), p.type().name(), act * f, (lp.rowLower(r) + c) * f,
          (lp.rowUpper(r) + c) * f, info.rhsUnit(), binding, s, info.dualUnit()));
    }
    return list;
  }

  /**
   * What storage plant p earns in the year at its region's electricity prices: Σ_t price·(x − pump)·h[t] (CNY);
   * null for other plants, a storage plant that neither pumps nor generates, or without prices.
   */
  private Double arbitrage(int p, Plant plant) {
    if (v.pump[p] == null || y == null) {
      return null;
    }
    double earned = 0;
    boolean active = false;
    for (int t = 0; t < nt; t++) {
      double net = x[v.x[p][t]] - x[v.pump[p][t]];
      active |= x[v.x[p][t]] > 0 || x[v.pump[p][t]] > 0;
      Double price = shadow(ModelNames.powerBalance(plant.region(), ctx.periodId(t)));
      earned += (price == null ? 0 : price) * net * ctx.hours(t);
    }
    return active ? earned : null;
  }

  /** A committed plant's start-ups in the year (§4.18): starts, MW started, cost; null without su columns. */
  private StartUps startUps(int p, Plant plant) {
    if (v.su[p] == null) {
      return null;
    }
    double starts = 0;
    for (int t = 0; t < nt; t++) {
      starts += ctx.chronology().weight(t) * Math.round(x[v.su[p][t]]);
    }
    double cost = plant.startupCostCny() == null ? 0 : plant.startupCostCny() * starts;
    return new StartUps(starts, starts * plant.unitSizeMw(), cost);
  }

  private PriceResult prices() {
    var pr = out.prices();
    Map<String, Object> cert = new LinkedHashMap<>();
    if (pr.check() != null) {
      cert.put("passed", pr.check().passed());
      cert.put("relativeDualityGap", pr.check().relativeGap());
      cert.put("message", pr.check().message());
    }
    if (!pr.available()) {
      return new PriceResult(false, null, pr.note(), cert, List.of(), List.of(), List.of(), null);
    }
    List<RegionPeriodPrice> elec = new ArrayList<>();
    List<RegionPeriodPrice> heat = new ArrayList<>();
    for (var region : in.regions()) {
      for (int t = 0; t < nt; t++) {
        Double s = shadow(ModelNames.powerBalance(region.id(), ctx.periodId(t)));
        if (s != null) {
          elec.add(new RegionPeriodPrice(region.id(), ctx.periodId(t), s));
        }
        Double h = shadow(ModelNames.heatBalance(region.id(), ctx.periodId(t)));
        if (h != null) {
          heat.add(new RegionPeriodPrice(region.id(), ctx.periodId(t), h));
        }
      }
    }
    List<RegionGradePrice> coal = new ArrayList<>();
    for (var region : in.regions()) {
      for (var grade : in.coalGrades()) {
        for (OriginClass c : ctx.classes()) {
          Double s = shadow(ModelNames.coalBalance(region.id(), grade.id(), c));
          if (s != null) {
            coal.add(new RegionGradePrice(region.id(), grade.id(), c == OriginClass.ANY ? null : c.name(), s));
          }
        }
      }
    }
    return new PriceResult(true, pr.source(), pr.note(), cert, elec, coal, heat, rowDuals());
  }

  /** Every nonzero row dual (as {@link #shadow}: beyond DUAL_TOL) by row name, in its row's domain unit. */
  private Map<String, Double> rowDuals() {
    Map<String, Double> duals = new LinkedHashMap<>();
    for (int i = 0; i < lp.numRows(); i++) {
      RowInfo info = lp.rowInfo(i);
      if (info != null && Math.abs(y[i]) > DUAL_TOL) {
        duals.put(lp.rowName(i), y[i] * info.dualToDomain());
      }
    }
    return duals;
  }

  private List<BindingConstraint> binding() {
    if (y == null) {
      return List.of();
    }
    List<BindingConstraint> list = new ArrayList<>();
    for (int i = 0; i < lp.numRows(); i++) {
      RowInfo info = lp.rowInfo(i);
      if (info == null || !ctx.isLimit(info.family(), lp.rowName(i)) || Math.abs(y[i]) <= DUAL_TOL) {
        continue;
      }
      double rhs = y[i] > 0 ? lp.rowLower(i) : lp.rowUpper(i);
      double size = Math.max(Math.abs(rhs), rowSize(i));
      list.add(new BindingConstraint(lp.rowName(i), info.family(), info.entity(), info.period(),
          y[i] * info.dualToDomain(), info.dualUnit(), Math.abs(y[i]) * Units.CNY_PER_UNIT / info.rhsToDomain(),
          info.rhsUnit(), Math.abs(y[i]) * size * 0.01 * Units.CNY_PER_UNIT));
    }
    list.sort(Comparator.comparing(BindingConstraint::row));
    return list;
  }

  /** Sum of |a_ik x_k| over row i: the row's size when its right-hand side is zero (share policies). */
  private double rowSize(int i) {
    double s = 0;
    int[] cols = lp.nonzeroColumns();
    double[] vals = lp.nonzeroValues();
    for (int k = lp.rowStart(i); k < lp.rowStart(i + 1); k++) {
      s += Math.abs(vals[k] * x[cols[k]]);
    }
    return s / 2;
  }

  /** Dual of the named row in domain units, or null if the row does not exist or prices are unavailable. */
  private Double shadow(String rowName) {
    if (y == null) {
      return null;
    }
    int r = lp.row(rowName);
    if (r < 0) {
      return null;
    }
    double d = y[r];
    return Math.abs(d) <= DUAL_TOL ? 0.0 : d * lp.rowInfo(r).dualToDomain();
  }

  private double t(int col) {
    return col >= 0 ? x[col] * Units.T_PER_UNIT : 0;
  }

  private double sum(int[] cols) {
    double s = 0;
    for (int c : cols) {
      if (c >= 0) {
        s += x[c];
      }
    }
    return s;
  }

  private double sum(int[][] cols) {
    double s = 0;
    for (int[] a : cols) {
      s += sum(a);
    }
    return s;
  }

  private double energy(int[] cols) {
    double s = 0;
    for (int t = 0; t < cols.length; t++) {
      s += x[cols[t]] * ctx.hours(t);
    }
    return s;
  }
}
