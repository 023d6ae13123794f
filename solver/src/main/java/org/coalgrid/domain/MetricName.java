package org.coalgrid.domain;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A parsed metric name, as used by GENERIC policy terms and plan targets. The single list of metric names:
 * {@code org.coalgrid.formulation.Metrics} turns a name into model expressions, the validator checks names
 * with {@link #parse}. Internal regions only unless the name says otherwise. Linear metrics are a sum over
 * model columns; ratio metrics are one linear metric over another and can be used by targets only.
 *
 * @param kind what is measured
 * @param arg the id, plant type, chain or region inside the name (null when the name has none)
 */
public record MetricName(Kind kind, String arg) {

  /** Every metric: its pattern ({@code <id>} stands for an id), unit and whether it is a ratio. */
  public enum Kind {
    COAL_PRODUCED("coal.produced", "t/yr", "raw coal output Σ q of internal mines, the tonnes later washed included"),
    COAL_TO_POWER("coal.toPower", "t/yr", "coal burned by internal plants"),
    COAL_TO_INDUSTRY("coal.toIndustry", "t/yr", "coal fed to internal integrated industries"),
    COAL_TO_INDUSTRY_WITH_CHP("coal.toIndustryWithChp", "t/yr",
        "coal fed to internal integrated industries plus coal burned by internal CHP plants (一体化产业用煤（含热电联产机组）)"),
    COAL_OUTBOUND("coal.outbound", "t/yr", "coal sent from internal into external regions (外运)"),
    COAL_WASHED("coal.washed", "t/yr", "raw coal sent to washing (洗煤量, input tonnes): ws·q of a mine washing a fixed share, "
        + "ww of a mine with a washery 洗煤厂"),
    COAL_BYPRODUCT("coal.byproduct", "t/yr", "washing byproduct (gangue, middlings) produced, Σ wb"),
    GENERATION_TOTAL("generation.total", "MWh/yr", "generation of internal plants (发电量)"),
    GENERATION_TYPE("generation.<TYPE>", "MWh/yr", "generation of internal plants of a type"),
    PLANT_GENERATION("plant.<id>.generation", "MWh/yr", "generation of one plant (any region)"),
    LINE_FLOW("line.<id>.flow", "MWh/yr", "energy sent on one line, both directions, before losses"),
    EXPORT_DELIVERED("export.delivered", "MWh/yr", "energy delivered to all export contracts (西电东送)"),
    EXPORT_CONTRACT_DELIVERED("export.<id>.delivered", "MWh/yr", "energy delivered to one export contract"),
    UNSERVED_TOTAL("unserved.total", "MWh/yr", "unserved energy of the demands in internal regions"),
    CAPACITY_INSTALLED("capacity.installed", "MW", "installed capacity of internal plants incl. builds (装机)"),
    CAPACITY_TYPE("capacity.<TYPE>", "MW", "installed capacity of internal plants of a type incl. builds"),
    EXPORT_CAPABILITY("exportCapability.<region>", "MW",
        "rated capacityMw of the lines whose `to` is the region, incl. builds (外送能力)"),
    INDUSTRY_OUTPUT("industry.<id>.output", "t/yr", "output of one industry"),
    CHAIN_OUTPUT("chain.<CHAIN>.output", "t/yr", "output of the internal industries of a chain"),
    MINE_OUTPUT("mine.<id>.output", "t/yr", "raw output of one mine"),
    REGION_COAL_PRODUCED("region.<id>.coalProduced", "t/yr", "raw output of the mines in a region"),
    EMISSIONS_CO2("emissions.co2", "t/yr", "CO2 from coal burned in internal plants"),
    EMISSIONS_SO2("emissions.so2", "t/yr", "SO2 from coal burned in internal plants"),
    // ratios (targets only)
    COAL_WASHED_SHARE("coal.washedShare", "share", "coal.washed / coal.produced (原煤入选比例); with a washery its ww makes it "
        + "a result, not the washedShare given"),
    COAL_LOCAL_CONVERSION("coal.localConversion", "share",
        "(coal to plants + industries + internal coal demands) / coal.produced (就地转化率)"),
    COAL_LARGE_MINE_SHARE("coal.largeMineShare", "share",
        "output of internal mines marked large / coal.produced (大中型煤矿产量占比)"),
    UNIT_COAL_LARGE("unitCoal.large", "gce/kWh",
        "generation-weighted heat rate of internal large coal-burning plants (大型机组供电煤耗)");

    private final String pattern;
    private final String unit;
    private final String meaning;

    Kind(String pattern, String unit, String meaning) {
      this.pattern = pattern;
      this.unit = unit;
      this.meaning = meaning;
    }

    public String pattern() {
      return pattern;
    }

    /** Unit of the metric's value in domain units (t/yr, MWh/yr, MW, share, gce/kWh). */
    public String unit() {
      return unit;
    }

    public String meaning() {
      return meaning;
    }

    public boolean isRatio() {
      return ordinal() >= COAL_WASHED_SHARE.ordinal();
    }
  }

  public String unit() {
    return kind.unit();
  }

  public boolean isRatio() {
    return kind.isRatio();
  }

  /** The metric patterns, comma-separated, for messages. */
  public static String known() {
    return Arrays.stream(Kind.values()).map(Kind::pattern).collect(Collectors.joining(", "));
  }

  /**
   * Parses {@code name} against {@code in}: ids must name entities of the instance, {@code <TYPE>} a
   * {@link PlantType}, {@code <CHAIN>} a {@link Chain}, {@code <region>} a region.
   *
   * @throws IllegalArgumentException with a one-line reason when the name is not a metric of {@code in}
   */
  public static MetricName parse(String name, Instance in) {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("missing metric name (known: " + known() + ")");
    }
    for (Kind k : Kind.values()) {
      if (!k.pattern.contains("<") && k.pattern.equals(name)) {
        return new MetricName(k, null);
      }
    }
    String[] part = name.split("\\.", -1);
    if (part.length == 2) {
      switch (part[0]) {
        case "generation" -> {
          return new MetricName(Kind.GENERATION_TYPE, oneOf("plant type", part[1], names(PlantType.values())));
        }
        case "capacity" -> {
          return new MetricName(Kind.CAPACITY_TYPE, oneOf("plant type", part[1], names(PlantType.values())));
        }
        case "exportCapability" -> {
          return new MetricName(Kind.EXPORT_CAPABILITY, oneOf("region", part[1], ids(in.regions(), Region::id)));
        }
        default -> { }
      }
    } else if (part.length == 3) {
      String key = part[0] + "." + part[2];
      switch (key) {
        case "plant.generation" -> {
          return new MetricName(Kind.PLANT_GENERATION, oneOf("plant", part[1], ids(in.plants(), Plant::id)));
        }
        case "line.flow" -> {
          return new MetricName(Kind.LINE_FLOW, oneOf("line", part[1], ids(in.lines(), Line::id)));
        }
        case "export.delivered" -> {
          return new MetricName(Kind.EXPORT_CONTRACT_DELIVERED,
              oneOf("export", part[1], ids(in.exports(), ExportContract::id)));
        }
        case "industry.output" -> {
          return new MetricName(Kind.INDUSTRY_OUTPUT, oneOf("industry", part[1], ids(in.industries(), Industry::id)));
        }
        case "chain.output" -> {
          return new MetricName(Kind.CHAIN_OUTPUT, oneOf("chain", part[1], names(Chain.values())));
        }
        case "mine.output" -> {
          return new MetricName(Kind.MINE_OUTPUT, oneOf("mine", part[1], ids(in.mines(), Mine::id)));
        }
        case "region.coalProduced" -> {
          return new MetricName(Kind.REGION_COAL_PRODUCED, oneOf("region", part[1], ids(in.regions(), Region::id)));
        }
        default -> { }
      }
    }
    throw new IllegalArgumentException("unknown metric \"" + name + "\" (known: " + known() + ")");
  }

  private static String oneOf(String what, String value, List<String> allowed) {
    if (!allowed.contains(value)) {
      throw new IllegalArgumentException("unknown " + what + " \"" + value + "\" in the metric name (known: "
          + String.join(", ", allowed) + ")");
    }
    return value;
  }

  private static <T> List<String> ids(List<T> items, Function<T, String> id) {
    return items.stream().map(id).toList();
  }

  private static List<String> names(Enum<?>[] values) {
    return Arrays.stream(values).map(Enum::name).toList();
  }
}
