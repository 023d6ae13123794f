package org.coalgrid.generate.builder;

import java.util.Map;
import org.coalgrid.domain.Chain;
import org.coalgrid.domain.LoadProfile;

/** Builds an {@link org.coalgrid.domain.Industry} of an integrated chain. */
public final class IndustryBuilder extends EntityBuilder<IndustryBuilder> {
  public IndustryBuilder(String id) {
    super("industry");
    put("id", id);
  }

  public IndustryBuilder name(String name) {
    return put("name", name);
  }

  public IndustryBuilder region(String regionId) {
    return put("region", regionId);
  }

  public IndustryBuilder chain(Chain chain) {
    return put("chain", chain);
  }

  public IndustryBuilder product(String product) {
    return put("product", product);
  }

  public IndustryBuilder capacityT(Number t) {
    return put("capacityT", t);
  }

  public IndustryBuilder minOutputT(Number t) {
    return put("minOutputT", t);
  }

  /** Output in cost mode, t/yr (null: the capacity). */
  public IndustryBuilder plannedOutputT(Number t) {
    return put("plannedOutputT", t);
  }

  public IndustryBuilder electricityMwhPerT(Number mwh) {
    return put("electricityMwhPerT", mwh);
  }

  /** Coal fuel and feedstock per tonne of product, by grade id. */
  public IndustryBuilder coalFeedTPerT(Map<String, ? extends Number> tPerT) {
    return put("coalFeedTPerT", numbers(tPerT));
  }

  /** The whole series with one source and note ({@code {"value": {...}, "source", "note"}}). */
  public IndustryBuilder coalFeedTPerT(Series series) {
    return put("coalFeedTPerT", series);
  }
  /** The feed of one grade per tonne of product (one entry of coalFeedTPerT). */
  public IndustryBuilder coalFeedTPerT(String gradeId, Number tPerT) {
    return putEntry("coalFeedTPerT", gradeId, tPerT);
  }


  public IndustryBuilder heatGjPerT(Number gj) {
    return put("heatGjPerT", gj);
  }

  public IndustryBuilder valueAddedCnyPerT(Number cny) {
    return put("valueAddedCnyPerT", cny);
  }

  public IndustryBuilder profile(LoadProfile profile) {
    return put("profile", profile);
  }

  public IndustryBuilder potlines(PotlinesBuilder potlines) {
    return put("potlines", potlines);
  }
}
