package org.coalgrid.io.schema;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.coalgrid.diagnostics.Num;

/**
 * One row of the schema table: a field of an entity.
 *
 * @param name JSON key (= record component name)
 * @param kind JSON shape
 * @param unit unit of the number (or of the map values), "" if none
 * @param required true if the field must be given
 * @param defaultValue value filled in when absent (JSON null for "none"); null when required
 * @param min lower bound of a number, of map values, or least size of a list (null = none)
 * @param exclusiveMin true if the lower bound itself is not allowed
 * @param max upper bound (null = none)
 * @param allowed allowed values of an ENUM
 * @param ref entity of an OBJECT / OBJECT_LIST; entity whose ids are the keys of a NUMBER_MAP or the items of
 *     a STRING_LIST (null if free)
 * @param meaning one-line meaning, with the planner's Chinese term where one exists
 */
public record FieldSpec(String name, Kind kind, String unit, boolean required, JsonNode defaultValue, Double min,
    boolean exclusiveMin, Double max, List<String> allowed, String ref, String meaning) {

  public FieldSpec {
    allowed = List.copyOf(allowed);
  }

  /** True if JSON null is accepted (the default is "none"). */
  public boolean nullable() {
    return !required && defaultValue != null && defaultValue.isNull();
  }

  /** "required", "none" or the default as JSON text. */
  public String defaultText() {
    if (required) {
      return "required";
    }
    return defaultValue.isNull() ? "none" : defaultValue.toString();
  }

  /** Range as text: "[0, 1]", "(0, 1]", "&gt;= 0", "&gt; 0", "&lt;= 1", or "" if unbounded. */
  public String rangeText() {
    if (min == null && max == null) {
      return "";
    }
    if (kind == Kind.OBJECT_LIST || kind == Kind.STRING_LIST) {
      return "at least " + Num.fmt(min) + " item" + (min == 1 ? "" : "s");
    }
    if (min != null && max != null) {
      return (exclusiveMin ? "(" : "[") + Num.fmt(min) + ", " + Num.fmt(max) + "]";
    }
    if (min != null) {
      return (exclusiveMin ? "> " : ">= ") + Num.fmt(min);
    }
    return "<= " + Num.fmt(max);
  }

  /** True if {@code x} lies in the range. */
  public boolean inRange(double x) {
    if (min != null && (exclusiveMin ? x <= min : x < min)) {
      return false;
    }
    return max == null || x <= max;
  }
}
