package org.coalgrid.generate.builder;

/**
 * A builder of any entity of the {@link org.coalgrid.io.schema.SchemaTable} by field name, for the parts of an
 * instance that have no builder of their own (the entities below {@code uncertainty}): {@code new
 * ObjectBuilder("hydroScenario").set("id", "dry").set("probability", Figure.cited(0.185, "X-1"))}. Values are those
 * the other builders take: numbers or figures, text, lists, maps, other builders. Not thread-safe.
 */
public final class ObjectBuilder extends EntityBuilder<ObjectBuilder> {
  public ObjectBuilder(String entity) {
    super(entity);
  }

  /** Sets {@code field} to {@code value}. */
  public ObjectBuilder set(String field, Object value) {
    return put(field, value);
  }
}
