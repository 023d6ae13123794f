package org.coalgrid.generate.builder;

import java.util.ArrayList;
import java.util.List;
import org.coalgrid.domain.PolicyType;
import org.coalgrid.domain.Sense;

/** Builds a {@link org.coalgrid.domain.Policy}; GENERIC ones take {@link #sense} and {@link #term}s. */
public final class PolicyBuilder extends EntityBuilder<PolicyBuilder> {
  public PolicyBuilder(String id) {
    super("policy");
    put("id", id);
  }

  public PolicyBuilder name(String name) {
    return put("name", name);
  }

  public PolicyBuilder nameZh(String name) {
    return put("nameZh", name);
  }

  public PolicyBuilder type(PolicyType type) {
    return put("type", type);
  }

  public PolicyBuilder limit(Number limit) {
    return put("limit", limit);
  }

  /** Regions it applies to (none: the whole system). */
  public PolicyBuilder regions(String... regionIds) {
    return put("regions", List.of(regionIds));
  }

  /** The external region of an EXPORT_CAPABILITY policy. */
  public PolicyBuilder region(String regionId) {
    return put("region", regionId);
  }

  public PolicyBuilder sense(Sense sense) {
    return put("sense", sense);
  }

  /** Adds the term {@code coef} times {@code metric} of a GENERIC policy. */
  public PolicyBuilder term(String metric, Number coef) {
    @SuppressWarnings("unchecked")
    List<Object> terms = (List<Object>) get("terms");
    List<Object> next = terms == null ? new ArrayList<>() : new ArrayList<>(terms);
    next.add(new TermBuilder().metric(metric).coef(coef));
    return put("terms", next);
  }

  /** One term of a GENERIC policy. */
  static final class TermBuilder extends EntityBuilder<TermBuilder> {
    TermBuilder() {
      super("term");
    }

    TermBuilder metric(String metric) {
      return put("metric", metric);
    }

    TermBuilder coef(Number coef) {
      return put("coef", coef);
    }
  }
}
