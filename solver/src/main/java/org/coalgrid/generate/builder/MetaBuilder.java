package org.coalgrid.generate.builder;

import java.util.List;
import org.coalgrid.domain.SourceRef;

/** Builds {@code meta} ({@link org.coalgrid.domain.Meta}): name, year, defaults, sources and notes. */
public final class MetaBuilder extends EntityBuilder<MetaBuilder> {
  private static final List<String> ORDER = List.of("name", "description", "year", "currency", "hoursInYear",
      "vollCnyPerMwh", "carbonPriceCnyPerTCo2", "notes", "sources");

  public MetaBuilder(String name) {
    super("meta");
    put("name", name);
  }

  public MetaBuilder name(String name) {
    return put("name", name);
  }

  public MetaBuilder description(String text) {
    return put("description", text);
  }

  public MetaBuilder year(int year) {
    return put("year", year);
  }

  public MetaBuilder currency(String code) {
    return put("currency", code);
  }

  public MetaBuilder hoursInYear(Number h) {
    return put("hoursInYear", h);
  }

  public MetaBuilder vollCnyPerMwh(Number cnyPerMwh) {
    return put("vollCnyPerMwh", cnyPerMwh);
  }

  public MetaBuilder carbonPriceCnyPerTCo2(Number cnyPerT) {
    return put("carbonPriceCnyPerTCo2", cnyPerT);
  }

  public MetaBuilder sources(List<SourceRef> sources) {
    return put("sources", List.copyOf(sources));
  }

  /** Meta writes its notes before its sources (the sources list is long). */
  @Override
  protected List<String> explicitOrder() {
    return ORDER;
  }

  /** The notes as set, as a list (empty if none). */
  public java.util.List<String> notesSet() {
    Object n = get("notes");
    if (n instanceof java.util.List<?> l) {
      return l.stream().map(String::valueOf).toList();
    }
    return n == null ? java.util.List.of() : java.util.List.of(String.valueOf(n));
  }
}
