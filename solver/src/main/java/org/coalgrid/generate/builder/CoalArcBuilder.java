package org.coalgrid.generate.builder;

import java.util.List;
import org.coalgrid.domain.TransportMode;

/** Builds a {@link org.coalgrid.domain.CoalArc}. */
public final class CoalArcBuilder extends EntityBuilder<CoalArcBuilder> {
  public CoalArcBuilder(String id) {
    super("coalArc");
    put("id", id);
  }

  public CoalArcBuilder from(String regionId) {
    return put("from", regionId);
  }

  public CoalArcBuilder to(String regionId) {
    return put("to", regionId);
  }

  public CoalArcBuilder mode(TransportMode mode) {
    return put("mode", mode);
  }

  /** Capacity in t/yr (null: unlimited). */
  public CoalArcBuilder capacityT(Number t) {
    return put("capacityT", t);
  }

  public CoalArcBuilder costCnyPerT(Number cny) {
    return put("costCnyPerT", cny);
  }

  public CoalArcBuilder lossShare(Number share) {
    return put("lossShare", share);
  }

  /** Grades that may use the arc (none: all). */
  public CoalArcBuilder grades(String... gradeIds) {
    return put("grades", List.of(gradeIds));
  }

  /** The capacity as set (a number or figure, null for unlimited). */
  public Number capacityT() {
    return (Number) get("capacityT");
  }
}
