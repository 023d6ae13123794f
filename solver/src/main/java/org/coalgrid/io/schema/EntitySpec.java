package org.coalgrid.io.schema;

import java.util.List;
import java.util.Optional;

/**
 * An entity of the instance format: its name (as used in {@link FieldSpec#ref()}), a one-line meaning and
 * its fields in record order.
 */
public record EntitySpec(String name, String meaning, List<FieldSpec> fields) {

  public EntitySpec {
    fields = List.copyOf(fields);
  }

  public Optional<FieldSpec> field(String key) {
    return fields.stream().filter(f -> f.name().equals(key)).findFirst();
  }

  public List<String> fieldNames() {
    return fields.stream().map(FieldSpec::name).toList();
  }
}
