package org.coalgrid.generate.builder;

/**
 * A builder of any entity of the {@link org.coalgrid.io.schema.SchemaTable} by field name, for the parts of an
 * instance that have no builder of their own (the entities below {@code uncertainty}): {@code new
 * ObjectBuilder("hydroScenario").set("id", "dry").set("probability", Figure.cited(0.185, "X-1"))}. Values are those
 * the other builders take: numbers or figures, text, lists, maps, other builders. Not thread-safe.
 */
public final class ObjectBuilder extends EntityBuilder<ObjectBuilder> {
  private final String name;

  public ObjectBuilder(String entity) {
    super(entity);
    this.name = entity;
  }

  /**
   * Fields added to an entity after the shipped files were first written (the pathway's mine and potline lives):
   * EXPLICIT writes them only when set, so those files keep their bytes.
   */
  private static final java.util.Map<String, java.util.List<String>> ADDED_LATER = java.util.Map.of(
      "pathway", java.util.List.of("mines", "industries", "washeries"));

  @Override
  protected java.util.List<String> writtenOnlyWhenSet() {
    return ADDED_LATER.getOrDefault(name, java.util.List.of());
  }

  /** Sets {@code field} to {@code value}. */
  public ObjectBuilder set(String field, Object value) {
    return put(field, value);
  }
}
