package org.coalgrid.formulation;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.coalgrid.domain.Chronology;
import org.coalgrid.domain.Instance;
import org.coalgrid.domain.Period;
import org.coalgrid.domain.PolicyType;
import org.coalgrid.lp.LinearProgram;
import org.coalgrid.lp.RowInfo;

/**
 * What every constraint family needs: the instance, the objective mode, the model being built, and the
 * variables. Period index t runs over {@code instance.periods()} in order: the blocks in file order, or the
 * steps of the days day by day ({@link Chronology} says how they follow each other).
 */
public final class ModelContext {
  private final Instance instance;
  private final ObjectiveMode mode;
  private final LinearProgram lp = new LinearProgram();
  private final double[] hours;
  private final String[] periodIds;
  private final List<OriginClass> classes;
  private final RegionIndex byRegion;
  private final Map<String, Integer> periodIndex = new HashMap<>();
  private final Chronology chronology;
  /** The families applied to the model, by name, in order. */
  private final Map<String, ConstraintFamily> families = new LinkedHashMap<>();
  private Variables vars;

  public ModelContext(Instance instance, ObjectiveMode mode) {
    this.instance = instance;
    this.mode = mode;
    List<Period> ps = instance.periods();
    hours = new double[ps.size()];
    periodIds = new String[ps.size()];
    for (int t = 0; t < ps.size(); t++) {
      hours[t] = ps.get(t).hours();
      periodIds[t] = ps.get(t).id();
      periodIndex.putIfAbsent(periodIds[t], t);
    }
    boolean split = instance.policies().stream().anyMatch(p -> p.type() == PolicyType.LARGE_MINE_TO_LARGE_PLANT);
    classes = split ? List.of(OriginClass.LARGE, OriginClass.SMALL) : List.of(OriginClass.ANY);
    byRegion = new RegionIndex(instance);
    chronology = instance.chronology();
  }

  public Instance instance() {
    return instance;
  }

  public ObjectiveMode mode() {
    return mode;
  }

  public LinearProgram lp() {
    return lp;
  }

  public Variables vars() {
    return vars;
  }

  /** The instance's entities grouped by region, for linear-time region loops. */
  public RegionIndex byRegion() {
    return byRegion;
  }

  /** True if {@code region} is external (a market outside the system); O(1), unlike a scan of the regions. */
  public boolean isExternal(String region) {
    return byRegion.isExternal(region);
  }

  void setVariables(Variables v) {
    this.vars = v;
  }

  public int numPeriods() {
    return hours.length;
  }

  /** Hours of the year period t stands for (h): h[t] = w·δ[t] (docs/formulation.md §2). */
  public double hours(int t) {
    return hours[t];
  }

  /** The steps in time order: δ[t], weights, the step before each in its sequence, days and stages. */
  public Chronology chronology() {
    return chronology;
  }

  /** δ[t]: how long period t lasts in its sequence (h); its hours for blocks. */
  public double duration(int t) {
    return chronology.duration(t);
  }

  /** The period before t in its sequence, cyclic (docs/formulation.md §2). */
  public int prev(int t) {
    return chronology.prev(t);
  }

  public String periodId(int t) {
    return periodIds[t];
  }

  /** Index of the period with id {@code periodId}, or -1. */
  public int periodIndex(String periodId) {
    return periodIndex.getOrDefault(periodId, -1);
  }

  /** Applies {@code family} to this model and records it, so {@link #family} can find it by the name in its rows. */
  void apply(ConstraintFamily family) {
    families.put(family.name(), family);
    family.apply(this);
  }

  /** The family that wrote rows of family name {@code name} (the {@code RowInfo.family()} of a row), or null. */
  public ConstraintFamily family(String name) {
    return families.get(name);
  }

  /**
   * True if a row of family {@code name} is a cap or an obligation ({@link ConstraintFamily.Role#isLimit()}): its
   * binding dual is listed in the result and ranged in the sensitivity report.
   */
  public boolean isLimit(String name) {
    ConstraintFamily f = families.get(name);
    return f != null && f.role().isLimit();
  }

  /**
   * True if row {@code rowName} of family {@code name} is a cap or an obligation: its family's role for the row's
   * kind ({@link ConstraintFamily#role(ModelNames.RowKind)}) is a limit.
   */
  public boolean isLimit(String name, String rowName) {
    ConstraintFamily f = families.get(name);
    if (f == null) {
      return false;
    }
    ModelNames.RowKind kind = ModelNames.RowKind.of(rowName);
    return (kind == null ? f.role() : f.role(kind)).isLimit();
  }

  /** Hours the year stands for (meta.hoursInYear, normally 8760). */
  public double hoursInYear() {
    return instance.meta().hoursInYear();
  }

  /** Coal origin classes: LARGE/SMALL when a 大煤保大电 policy needs them, else one class. */
  public List<OriginClass> classes() {
    return classes;
  }

  /**
   * Row info for a row of tonnes a year (mines, arcs, washing, coal demands): its dual a price in CNY/t, its
   * right-hand side in t/yr.
   */
  public static RowInfo perTonne(String family, String entity) {
    return info(family, entity, null, Units.CNY_PER_UNIT / Units.T_PER_UNIT, "CNY/t", Units.T_PER_UNIT, "t/yr");
  }

  /** Row info for a row whose dual is a price per unit of the row (dual * factor gives dualUnit). */
  public static RowInfo info(String family, String entity, String period, double dualToDomain, String dualUnit,
      double rhsToDomain, String rhsUnit) {
    return new RowInfo(family, entity, period, dualToDomain, dualUnit, rhsToDomain, rhsUnit);
  }
}
