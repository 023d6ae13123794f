package org.coalgrid.io.schema;

/** JSON shape of a field. Numeric kinds also accept a sourced number {@code {"value", "source", "note"}}. */
public enum Kind {
  STRING("string"),
  NUMBER("number"),
  INTEGER("integer"),
  BOOLEAN("boolean"),
  ENUM("enum"),
  STRING_LIST("list of string"),
  NUMBER_MAP("map string→number"),
  OBJECT("object"),
  OBJECT_LIST("list of object"),
  /** a source: the id of an entry of meta.sources, free text, or a source object. */
  SOURCE("source"),
  /** a string or a list of strings. */
  NOTES("notes");

  private final String label;

  Kind(String label) {
    this.label = label;
  }

  /** Short name used in the documentation table. */
  public String label() {
    return label;
  }

  public boolean numeric() {
    return this == NUMBER || this == INTEGER;
  }
}
