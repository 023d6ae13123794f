package org.coalgrid.words;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.coalgrid.domain.CoalArc;
import org.coalgrid.domain.CoalDemand;
import org.coalgrid.domain.CoalGrade;
import org.coalgrid.domain.Demand;
import org.coalgrid.domain.DirectSupply;
import org.coalgrid.domain.ExportContract;
import org.coalgrid.domain.Industry;
import org.coalgrid.domain.Line;
import org.coalgrid.domain.MetricName;
import org.coalgrid.domain.Mine;
import org.coalgrid.domain.Plant;
import org.coalgrid.domain.Policy;
import org.coalgrid.domain.Instance;
import org.coalgrid.domain.Period;
import org.coalgrid.domain.Region;
import org.coalgrid.domain.Target;

/**
 * Names of instance entities and periods in planner words: "Gui-Guang HVDC (Anshun-Zhaoqing), Guiyang → Guangdong",
 * "Bijie 毕节", "in the dry season (2 of 4 periods)". Falls back to the id where the instance gives no name. Used
 * by explain and repair (so neither imports the other for it). Not thread-safe (caches look-ups).
 */
public final class EntityWords {
  private static final int MAX_LISTED = 6;
  private final Instance in;
  /** Id → first item with that id, per entity list, built on first use (one scan instead of one per name). */
  private final Map<List<?>, Map<String, Object>> byId = new IdentityHashMap<>();

  public EntityWords(Instance in) {
    this.in = in;
  }

  /** The first item of {@code items} whose id is {@code id}, if any. */
  @SuppressWarnings("unchecked")
  private <T> Optional<T> find(List<T> items, Function<T, String> idOf, String id) {
    Map<String, Object> index = byId.computeIfAbsent(items, k -> {
      Map<String, Object> m = new HashMap<>();
      for (T t : items) {
        m.putIfAbsent(idOf.apply(t), t);
      }
      return m;
    });
    return Optional.ofNullable((T) index.get(id));
  }

  /** "Name 中文" of a region, or its id. */
  public String region(String id) {
    Region r = find(in.regions(), Region::id, id).orElse(null);
    if (r == null) {
      return id;
    }
    String name = r.name() != null ? r.name() : r.id();
    return r.nameZh() != null ? name + " " + r.nameZh() : name;
  }

  /** Name of the entity {@code id} of a constraint family or relaxation kind (see {@code docs/explain.md}). */
  public String entity(String family, String id) {
    return switch (family) {
      case "mine_capacity", "mine_min", "washing_capacity" -> find(in.mines(), Mine::id, id)
          .map(m -> named(m.name(), id) + " (" + region(m.region()) + ")").orElse(id);
      case "arc_capacity" -> find(in.coalArcs(), CoalArc::id, id)
          .map(a -> id + " (" + a.mode().name().toLowerCase() + ", " + region(a.from()) + " → " + region(a.to()) + ")")
          .orElse(id);
      case "line_capacity" -> find(in.lines(), Line::id, id)
          .map(l -> named(l.name(), id) + " (" + region(l.from()) + " → " + region(l.to()) + ")").orElse(id);
      case "plant_capacity", "hydro", "pumped_storage" -> find(in.plants(), Plant::id, id)
          .map(p -> named(p.name(), id) + " (" + p.type().name() + ", " + region(p.region()) + ")").orElse(id);
      case "industry" -> find(in.industries(), Industry::id, id)
          .map(i -> named(i.name(), id) + " (" + i.chain().name() + ", " + region(i.region()) + ")").orElse(id);
      case "export_contract" -> find(in.exports(), ExportContract::id, id)
          .map(x -> named(x.name(), id) + " (to " + region(x.region()) + ")").orElse(id);
      case "coal_demand" -> find(in.coalDemands(), CoalDemand::id, id)
          .map(c -> id + " (" + c.grade() + ", " + region(c.region()) + ")").orElse(id);
      case "demand" -> find(in.demands(), Demand::id, id)
          .map(d -> id + " (" + region(d.region()) + ")").orElse(id);
      case "policy" -> find(in.policies(), Policy::id, id)
          .map(p -> named(p.name(), id) + (p.nameZh() != null ? " " + p.nameZh() : "")).orElse(id);
      // the rows of direct supply are on the plant (ds_plant) or on the industry (ds_load): the plant's name when
      // a plant has the id, else the industry's
      case "direct_supply" -> find(in.plants(), Plant::id, id).isPresent() ? entity("plant_capacity", id)
          : entity("industry", id);
      case "direct_supply_contract" -> find(in.directSupplies(), DirectSupply::id, id)
          .map(d -> id + " (" + entity("plant_capacity", d.plant()) + " → " + entity("industry", d.industry()) + ")")
          .orElse(id);
      default -> id;
    };
  }

  /**
   * The kinds of id a table column can hold, for {@link #name} and {@link #nameZh}: the instance list the id is
   * looked up in.
   */
  public enum Kind {
    REGION, GRADE, MINE, ARC, PLANT, LINE, INDUSTRY, DIRECT_SUPPLY, DEMAND, COAL_DEMAND, EXPORT, POLICY, TARGET;

    /** True for the kinds whose entities have a Chinese name of their own ({@code nameZh}): regions and policies. */
    public boolean hasNameZh() {
      return this == REGION || this == POLICY;
    }
  }

  /**
   * The instance's own {@code name} of the entity {@code id} of {@code kind}, as it is (no id, no region added),
   * or "" when the instance gives none or has no such entity: the {@code *_name} columns of the output CSVs.
   */
  public String name(Kind kind, String id) {
    if (id == null) {
      return "";
    }
    Optional<String> n = switch (kind) {
      case REGION -> find(in.regions(), Region::id, id).map(Region::name);
      case GRADE -> find(in.coalGrades(), CoalGrade::id, id).map(CoalGrade::name);
      case MINE -> find(in.mines(), Mine::id, id).map(Mine::name);
      case ARC -> Optional.empty();
      case PLANT -> find(in.plants(), Plant::id, id).map(Plant::name);
      case LINE -> find(in.lines(), Line::id, id).map(Line::name);
      case INDUSTRY -> find(in.industries(), Industry::id, id).map(Industry::name);
      case DIRECT_SUPPLY, DEMAND, COAL_DEMAND -> Optional.empty();
      case EXPORT -> find(in.exports(), ExportContract::id, id).map(ExportContract::name);
      case POLICY -> find(in.policies(), Policy::id, id).map(Policy::name);
      case TARGET -> find(in.targets(), Target::id, id).map(Target::name);
    };
    return n.filter(s -> !s.isBlank()).orElse("");
  }

  /**
   * The kind of the entity of a row of constraint family {@code family} ({@code binding.csv}, sensitivity): the
   * region of a balance row, the mine of a washing row, the plant or industry of a direct-supply row; null for a
   * family whose entity is no single instance entity (the coal balance's region/grade pair, see {@link
   * #familyName}).
   */
  public Kind kindOfFamily(String family, String id) {
    return switch (family) {
      case "mine_capacity", "mine_min", "washing", "washing_capacity" -> Kind.MINE;
      case "arc_capacity" -> Kind.ARC;
      case "line_capacity" -> Kind.LINE;
      case "plant_capacity", "plant_fuel", "hydro", "pumped_storage", "ramping", "unit_commitment" -> Kind.PLANT;
      case "industry" -> Kind.INDUSTRY;
      case "export_contract" -> Kind.EXPORT;
      case "coal_demand" -> Kind.COAL_DEMAND;
      case "demand" -> Kind.DEMAND;
      case "policy" -> Kind.POLICY;
      case "power_balance", "heat_balance" -> Kind.REGION;
      case "direct_supply" -> find(in.plants(), Plant::id, id).isPresent() ? Kind.PLANT : Kind.INDUSTRY;
      default -> null;
    };
  }

  /**
   * {@link #name} of the entity of a row of {@code family}; for the coal balance ({@code region/grade}) the
   * region's name and the grade's, joined by " / "; "" when there is none.
   */
  public String familyName(String family, String id) {
    return byFamily(family, id, this::name, true);
  }

  /** {@link #nameZh} of the entity of a row of {@code family} (regions and policies; the coal balance's region). */
  public String familyNameZh(String family, String id) {
    return byFamily(family, id, this::nameZh, false);
  }

  private String byFamily(String family, String id, java.util.function.BiFunction<Kind, String, String> names,
      boolean withGrade) {
    if (id == null) {
      return "";
    }
    Kind kind = kindOfFamily(family, id);
    if (kind != null) {
      return names.apply(kind, id);
    }
    int slash = id.indexOf('/');
    if (!family.equals("coal_balance") || slash <= 0) {
      return "";
    }
    String r = names.apply(Kind.REGION, id.substring(0, slash));
    String g = withGrade ? names.apply(Kind.GRADE, id.substring(slash + 1)) : "";
    return g.isEmpty() ? r : r + " / " + g;
  }

  /** The Chinese name ({@code nameZh}) of a region or policy, or "" (other kinds have none). */
  public String nameZh(Kind kind, String id) {
    if (id == null) {
      return "";
    }
    Optional<String> n = switch (kind) {
      case REGION -> find(in.regions(), Region::id, id).map(Region::nameZh);
      case POLICY -> find(in.policies(), Policy::id, id).map(Policy::nameZh);
      default -> Optional.empty();
    };
    return n.filter(s -> !s.isBlank()).orElse("");
  }

  /**
   * The domain unit of a policy's limit: for a GENERIC policy the unit of its first metric ({@link MetricName}:
   * MWh for energy metrics, MW for capacity metrics, t otherwise), else {@code fallback}.
   */
  public String policyUnit(String id, String fallback) {
    return in.policies().stream().filter(p -> p.id().equals(id) && !p.terms().isEmpty()).findFirst()
        .map(p -> metricUnit(p.terms().get(0).metric())).orElse(fallback);
  }

  private String metricUnit(String metric) {
    String unit;
    try {
      unit = MetricName.parse(metric, in).unit();
    } catch (IllegalArgumentException e) {
      return "t";
    }
    return switch (unit) {
      case "MW" -> "MW";
      case "MWh/yr" -> "MWh";
      default -> "t";
    };
  }

  private static String named(String name, String id) {
    return name != null && !name.isBlank() ? name : id;
  }

  /**
   * The periods {@code ids} in words: "in every period", "in the dry season (2 of 4 periods)" when they are
   * exactly the periods of one or more seasons, else "in 3 of 24 periods: jan-peak, feb-peak, ...".
   */
  public String periods(List<String> ids) {
    List<Period> all = in.periods();
    Set<String> set = new LinkedHashSet<>(ids);
    if (all.size() == 1) {
      return "over the year";
    }
    if (set.size() == all.size()) {
      return "in every period (" + all.size() + ")";
    }
    Map<String, List<String>> bySeason = new LinkedHashMap<>();
    for (Period p : all) {
      if (p.season() != null) {
        bySeason.computeIfAbsent(p.season(), s -> new ArrayList<>()).add(p.id());
      }
    }
    List<String> seasons = new ArrayList<>();
    Set<String> covered = new LinkedHashSet<>();
    bySeason.forEach((season, members) -> {
      if (set.containsAll(members)) {
        seasons.add(season);
        covered.addAll(members);
      }
    });
    String count = set.size() + " of " + all.size() + " periods";
    if (!seasons.isEmpty() && covered.equals(set)) {
      return "in the " + String.join(" and ", seasons) + " season" + (seasons.size() > 1 ? "s" : "") + " (" + count
          + ")";
    }
    List<String> listed = ids.size() > MAX_LISTED ? ids.subList(0, MAX_LISTED) : ids;
    return "in " + count + ": " + String.join(", ", listed) + (ids.size() > MAX_LISTED ? ", ..." : "");
  }
}
