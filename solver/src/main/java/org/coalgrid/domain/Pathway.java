package org.coalgrid.domain;

import java.util.List;

/**
 * The years of a multi-year pathway (issue 11), given in an instance file's {@code pathway} section: the rest of
 * the file describes the system in {@code meta.year} (the base year); each year from {@code firstYear} to
 * {@code lastYear} gets its own single-year instance, derived from the base by {@code changes} (each holds from its
 * year on), by {@code demandGrowth} (a share per year, compounded on every electricity demand from the year its
 * figure was set: the base year, or the year of the last change to it) and by the life of assets in
 * {@code plants}, {@code lines}, {@code mines}, {@code industries} (the industries' potlines) and
 * {@code washeries} (the mines' washeries 洗煤厂, by mine id). {@code discountRate} discounts costs of later years to {@code firstYear}.
 * {@code targets} are plan targets with a year ("≥ 150 Mt by 2010"). Lists keep the order of the file.
 */
public record Pathway(int firstYear, int lastYear, double discountRate, Double demandGrowth, List<Change> changes,
    List<AssetLife> plants, List<AssetLife> lines, List<SupplyLife> mines, List<SupplyLife> industries,
    List<SupplyLife> washeries, List<YearTarget> targets) {

  public Pathway {
    changes = changes == null ? List.of() : List.copyOf(changes);
    plants = plants == null ? List.of() : List.copyOf(plants);
    lines = lines == null ? List.of() : List.copyOf(lines);
    mines = mines == null ? List.of() : List.copyOf(mines);
    industries = industries == null ? List.of() : List.copyOf(industries);
    washeries = washeries == null ? List.of() : List.copyOf(washeries);
    targets = targets == null ? List.of() : List.copyOf(targets);
  }

  /** The lives of mines as {@link AssetLife}s (their overnight cost per t/yr in {@code overnightCapexCnyPerMw}). */
  public List<AssetLife> mineLives() {
    return mines.stream().map(SupplyLife::assetLife).toList();
  }

  /** The lives of industries' potlines as {@link AssetLife}s (overnight cost per t/yr of line capacity). */
  public List<AssetLife> industryLives() {
    return industries.stream().map(SupplyLife::assetLife).toList();
  }

  /**
   * The lives of mines' washeries 洗煤厂 as {@link AssetLife}s, by mine id (their washing.capacityT before builds;
   * the overnight cost per t/yr of washery capacity, raw coal washed).
   */
  public List<AssetLife> washeryLives() {
    return washeries.stream().map(SupplyLife::assetLife).toList();
  }

  /** The years in order, first to last. */
  public List<Integer> years() {
    return java.util.stream.IntStream.rangeClosed(firstYear, lastYear).boxed().toList();
  }

  /**
   * One change from a year on: the field at {@code path} (the grammar of {@code --set}: field names and entity ids
   * joined by dots, e.g. {@code lines.hvdc1.capacityMw}) becomes {@code value} in {@code year} and every later year,
   * until another change of the same path.
   */
  public record Change(int year, String path, double value) {}

  /**
   * The life of a mine {@code id} (its {@code capacityT} and {@code minOutputT} before builds) or of an industry's
   * potlines (its potlines {@code count}), as {@link AssetLife} is for plants and lines, with the overnight cost per
   * t/yr of capacity (raw coal, or line output) in {@code overnightCapexCnyPerT}.
   */
  public record SupplyLife(String id, Integer commissioningYear, Integer retirementYear, Integer earliestYear,
      Integer lifetimeYears, Double overnightCapexCnyPerT, int buildLagYears) {

    /** As an {@link AssetLife} whose overnight cost field holds CNY per t/yr (the unit of the asset's build). */
    public AssetLife assetLife() {
      return new AssetLife(id, commissioningYear, retirementYear, earliestYear, lifetimeYears, overnightCapexCnyPerT,
          buildLagYears);
    }
  }

  /**
   * The life of a plant or line {@code id} (mines and potlines: {@link SupplyLife#assetLife()}, the overnight cost
   * then per t/yr). Its capacity before builds ({@code capacityMw}) is in service from
   * {@code commissioningYear} (null: already in service) up to the year before {@code retirementYear} (null: never
   * retired in the horizon). A candidate build's units can come in from {@code earliestYear} (null: the first year)
   * and not before {@code firstYear + buildLagYears}; each unit lasts {@code lifetimeYears} from the year it comes in
   * (null: beyond the horizon) and costs {@code overnightCapexCnyPerMw} once (null: the build keeps its annualised
   * {@code capexCnyPerMwYr}, paid in every year the unit is in service), spent {@code buildLagYears} before it
   * comes in.
   */
  public record AssetLife(String id, Integer commissioningYear, Integer retirementYear, Integer earliestYear,
      Integer lifetimeYears, Double overnightCapexCnyPerMw, int buildLagYears) {

    /** True if the capacity before builds is in service in {@code year}. */
    public boolean existingInService(int year) {
      return (commissioningYear == null || commissioningYear <= year)
          && (retirementYear == null || year < retirementYear);
    }

    /** True if a unit that came in in {@code built} is still in service in {@code year}. */
    public boolean unitInService(int built, int year) {
      return built <= year && (lifetimeYears == null || year < built + lifetimeYears);
    }
  }

  /**
   * A plan target to be met by {@code year} (null: in every year), otherwise as a single-year {@link Target}.
   */
  public record YearTarget(String id, String name, String metric, Sense sense, double value, double tolerance,
      String unit, Integer year, SourceRef source) {

    /** A target of the base instance, due in every year. */
    public static YearTarget everyYear(Target t) {
      return new YearTarget(t.id(), t.name(), t.metric(), t.sense(), t.value(), t.tolerance(), t.unit(), null,
          t.source());
    }

    /** The target as a single-year target. */
    public Target target() {
      return new Target(id, name, metric, sense, value, tolerance, unit, source);
    }
  }
}
