package org.coalgrid.generate.builder;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.coalgrid.domain.Instance;
import org.coalgrid.generate.builder.EntityBuilder.Style;
import org.coalgrid.io.InstanceException;
import org.coalgrid.io.InstanceReader;
import org.coalgrid.io.LoadedInstance;

/**
 * Builds a whole instance from the record builders: {@code meta} and one list per kind of entity, written in
 * the order of the file format. {@link #toTree} gives the file's JSON tree, {@link #read} reads it through
 * the real reader and validator (as a file would be), {@link #toInstance} binds it to the domain records
 * without the semantic checks (for tests that build deliberately odd cases). Not thread-safe.
 *
 * <pre>
 *   InstanceBuilder b = new InstanceBuilder(new MetaBuilder("case").year(2010));
 *   b.add(new PeriodBuilder("year", 8760));
 *   b.add(new RegionBuilder("a"));
 *   b.add(new PlantBuilder("p").region("a").type(PlantType.GAS).capacityMw(100).fuelCostCnyPerMwh(500));
 *   LoadedInstance li = b.read("case");
 * </pre>
 */
public final class InstanceBuilder {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  /** List fields of the file, in file order, with the builder class of their items. */
  private static final Map<String, Class<?>> LISTS = lists();

  private MetaBuilder meta;
  private TimeBuilder time;
  private EntityBuilder<?> uncertainty;
  private final Map<String, List<EntityBuilder<?>>> items = new LinkedHashMap<>();

  public InstanceBuilder(MetaBuilder meta) {
    this.meta = meta;
    LISTS.keySet().forEach(k -> items.put(k, new ArrayList<>()));
  }

  private static Map<String, Class<?>> lists() {
    Map<String, Class<?>> m = new LinkedHashMap<>();
    m.put("periods", PeriodBuilder.class);
    m.put("regions", RegionBuilder.class);
    m.put("coalGrades", CoalGradeBuilder.class);
    m.put("mines", MineBuilder.class);
    m.put("coalArcs", CoalArcBuilder.class);
    m.put("plants", PlantBuilder.class);
    m.put("lines", LineBuilder.class);
    m.put("industries", IndustryBuilder.class);
    m.put("directSupplies", DirectSupplyBuilder.class);
    m.put("demands", DemandBuilder.class);
    m.put("coalDemands", CoalDemandBuilder.class);
    m.put("exports", ExportBuilder.class);
    m.put("policies", PolicyBuilder.class);
    m.put("targets", TargetBuilder.class);
    return m;
  }

  public MetaBuilder meta() {
    return meta;
  }

  public InstanceBuilder meta(MetaBuilder m) {
    this.meta = m;
    return this;
  }

  /** The time structure (representative days, full year) instead of periods; null for periods (blocks). */
  public InstanceBuilder time(TimeBuilder t) {
    this.time = t;
    return this;
  }

  public TimeBuilder time() {
    return time;
  }

  /** Hydro-year uncertainty (an {@code uncertainty} entity, e.g. an {@link ObjectBuilder}); null for none. */
  public InstanceBuilder uncertainty(EntityBuilder<?> u) {
    this.uncertainty = u;
    return this;
  }

  /** Appends an entity to its list (chosen by its builder's class) and returns it for further setting. */
  public <B extends EntityBuilder<B>> B add(B entity) {
    for (Map.Entry<String, Class<?>> e : LISTS.entrySet()) {
      if (e.getValue().isInstance(entity)) {
        items.get(e.getKey()).add(entity);
        return entity;
      }
    }
    throw new IllegalArgumentException("a " + entity.getClass().getSimpleName() + " is not a list item of an instance");
  }

  /** The entities added of the builder class {@code kind}, in order (a live view: remove or reorder here). */
  @SuppressWarnings("unchecked")
  public <B extends EntityBuilder<B>> List<B> list(Class<B> kind) {
    for (Map.Entry<String, Class<?>> e : LISTS.entrySet()) {
      if (e.getValue().equals(kind)) {
        return (List<B>) (List<?>) items.get(e.getKey());
      }
    }
    throw new IllegalArgumentException(kind.getSimpleName() + " is not a list item of an instance");
  }

  /** The entity of class {@code kind} with id {@code id}. */
  public <B extends EntityBuilder<B>> B find(Class<B> kind, String id) {
    return list(kind).stream().filter(b -> id.equals(b.id())).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no " + kind.getSimpleName() + " " + id));
  }

  /**
   * The instance as the file's JSON tree: meta, then every list (empty ones too) in file order, with the time
   * structure after the periods (and no periods list when there is a time structure and no period).
   */
  public ObjectNode toTree(Style style) {
    ObjectNode root = NODES.objectNode();
    root.set("meta", meta.toTree(style));
    items.forEach((k, list) -> {
      if (k.equals("periods") && time != null) {
        if (!list.isEmpty()) {
          list.forEach(b -> root.withArray(k).add(b.toTree(style))); // both given: the reader reports it
        }
        root.set("time", time.toTree(style));
        return;
      }
      ArrayNode a = root.putArray(k);
      list.forEach(b -> a.add(b.toTree(style)));
    });
    if (uncertainty != null) {
      root.set("uncertainty", uncertainty.toTree(style));
    }
    return root;
  }

  /** Reads the tree through the real reader and validator; {@code origin} names it in messages. */
  public LoadedInstance read(String origin) throws InstanceException {
    return InstanceReader.read(toTree(Style.SPARSE), origin);
  }

  /** The domain records, after the structure check and defaults but without the semantic validation. */
  public Instance toInstance(String origin) throws InstanceException {
    return InstanceReader.bind(toTree(Style.SPARSE), origin);
  }
}
