package org.coalgrid.generate.builder;

/** Builds a {@link org.coalgrid.domain.Storage} (pumped storage 抽水蓄能). */
public final class StorageBuilder extends EntityBuilder<StorageBuilder> {
  public StorageBuilder() {
    super("storage");
  }

  public StorageBuilder storageMwh(Number mwh) {
    return put("storageMwh", mwh);
  }

  public StorageBuilder efficiency(Number share) {
    return put("efficiency", share);
  }

  /** Pumping capacity in MW (null: the plant's capacity). */
  public StorageBuilder pumpCapacityMw(Number mw) {
    return put("pumpCapacityMw", mw);
  }

  /** interDay is written only when set: files written before time structures keep their bytes. */
  @Override
  protected java.util.List<String> writtenOnlyWhenSet() {
    return java.util.List.of("interDay");
  }

  /** Carry energy between representative days along the year's calendar (long-duration storage). */
  public StorageBuilder interDay(boolean linked) {
    return put("interDay", linked);
  }
}
