package org.coalgrid.generate.builder;

import java.util.Map;

/** Builds a {@link org.coalgrid.domain.Line}; a line into an external region is an export corridor. */
public final class LineBuilder extends EntityBuilder<LineBuilder> {
  public LineBuilder(String id) {
    super("line");
    put("id", id);
  }

  public LineBuilder name(String name) {
    return put("name", name);
  }

  public LineBuilder from(String regionId) {
    return put("from", regionId);
  }

  public LineBuilder to(String regionId) {
    return put("to", regionId);
  }

  public LineBuilder capacityMw(Number mw) {
    return put("capacityMw", mw);
  }

  public LineBuilder capacityMwByPeriod(Map<String, ? extends Number> mw) {
    return put("capacityMwByPeriod", numbers(mw));
  }

  /** The whole series with one source and note ({@code {"value": {...}, "source", "note"}}). */
  public LineBuilder capacityMwByPeriod(Series series) {
    return put("capacityMwByPeriod", series);
  }
  /** The capacity in one period (one entry of capacityMwByPeriod). */
  public LineBuilder capacityMwByPeriod(String periodId, Number mw) {
    return putEntry("capacityMwByPeriod", periodId, mw);
  }


  public LineBuilder lossShare(Number share) {
    return put("lossShare", share);
  }

  public LineBuilder wheelingCnyPerMwh(Number cny) {
    return put("wheelingCnyPerMwh", cny);
  }

  public LineBuilder bidirectional(boolean bidirectional) {
    return put("bidirectional", bidirectional);
  }

  public LineBuilder build(CandidateBuilder build) {
    return put("build", build);
  }

  /** The capacity (MW) per period: one value per period (step), in period order (written as a list). */
  public LineBuilder capacityMwByPeriod(double... values) {
    return put("capacityMwByPeriod", series(values));
  }
}
