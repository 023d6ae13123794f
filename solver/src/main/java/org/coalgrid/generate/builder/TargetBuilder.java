package org.coalgrid.generate.builder;

import org.coalgrid.domain.Sense;
import org.coalgrid.domain.SourceRef;

/** Builds a plan {@link org.coalgrid.domain.Target} (compared with the solution, not a constraint). */
public final class TargetBuilder extends EntityBuilder<TargetBuilder> {
  public TargetBuilder(String id) {
    super("target");
    put("id", id);
  }

  public TargetBuilder name(String name) {
    return put("name", name);
  }

  public TargetBuilder metric(String metric) {
    return put("metric", metric);
  }

  public TargetBuilder sense(Sense sense) {
    return put("sense", sense);
  }

  public TargetBuilder value(Number value) {
    return put("value", value);
  }

  public TargetBuilder tolerance(Number share) {
    return put("tolerance", share);
  }

  public TargetBuilder unit(String unit) {
    return put("unit", unit);
  }

  /** The target's source written out in full (targets carry the quote they come from). */
  public TargetBuilder source(SourceRef source) {
    return put("source", source);
  }
}
