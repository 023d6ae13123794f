package org.coalgrid.generate.builder;

import java.util.Map;

/** Builds an {@link org.coalgrid.domain.ExportContract} (西电东送). */
public final class ExportBuilder extends EntityBuilder<ExportBuilder> {
  public ExportBuilder(String id) {
    super("export");
    put("id", id);
  }

  public ExportBuilder name(String name) {
    return put("name", name);
  }

  public ExportBuilder region(String regionId) {
    return put("region", regionId);
  }

  public ExportBuilder firmMwh(Number mwh) {
    return put("firmMwh", mwh);
  }

  public ExportBuilder firmMwhByPeriod(Map<String, ? extends Number> mwh) {
    return put("firmMwhByPeriod", numbers(mwh));
  }

  /** The whole series with one source and note ({@code {"value": {...}, "source", "note"}}). */
  public ExportBuilder firmMwhByPeriod(Series series) {
    return put("firmMwhByPeriod", series);
  }

  /** Most delivery in MW (null: unlimited). */
  public ExportBuilder maxMw(Number mw) {
    return put("maxMw", mw);
  }

  public ExportBuilder priceCnyPerMwh(Number cny) {
    return put("priceCnyPerMwh", cny);
  }

  /** A time-of-use price 峰谷电价 per period (step), in period order (written as a list). */
  public ExportBuilder priceCnyPerMwhByPeriod(double... values) {
    return put("priceCnyPerMwhByPeriod", series(values));
  }

  /** The whole time-of-use price series with one source and note. */
  public ExportBuilder priceCnyPerMwhByPeriod(Series series) {
    return put("priceCnyPerMwhByPeriod", series);
  }

  /** priceCnyPerMwhByPeriod is written only when set: files written before it keep their bytes. */
  @Override
  protected java.util.List<String> writtenOnlyWhenSet() {
    return java.util.List.of("priceCnyPerMwhByPeriod");
  }

  public ExportBuilder shortfallPenaltyCnyPerMwh(Number cny) {
    return put("shortfallPenaltyCnyPerMwh", cny);
  }

  /** The firm energy (MWh) per period: one value per period (step), in period order (written as a list). */
  public ExportBuilder firmMwhByPeriod(double... values) {
    return put("firmMwhByPeriod", series(values));
  }
}
