package org.coalgrid.domain;

/** Kinds of named policy constraint. */
public enum PolicyType {
  /** sum of mine output (t/yr) &lt;= limit, in the listed regions or all. */
  COAL_PRODUCTION_CAP,
  /** coal sent along arcs into external regions (t/yr) &lt;= limit (限制煤炭外运). */
  COAL_OUTBOUND_CAP,
  /** coal burned in large plants from large mines &gt;= limit * all coal burned in large plants (大煤保大电). */
  LARGE_MINE_TO_LARGE_PLANT,
  /** coal used inside the system &gt;= limit * coal produced inside it (就地转化率). */
  LOCAL_CONVERSION,
  /** CO2 from coal burned in plants (t/yr) &lt;= limit. */
  CO2_CAP,
  /** SO2 from coal burned in plants (t/yr) &lt;= limit. */
  SO2_CAP,
  /** capacity of lines into the external region {@code region} (MW) &gt;= limit (外送能力). */
  EXPORT_CAPABILITY,
  /**
   * planning reserve margin 备用率: firm capacity in scope (MW, capacity x capacity credit, builds included) &gt;=
   * (1 + limit) x the planning peak load in scope; limit is the margin as a share (0.15 = 15 %).
   */
  RESERVE_MARGIN,
  /** byproduct coal burned &gt;= limit * byproduct produced (煤矸石综合利用). */
  GANGUE_UTILISATION,
  /** sum of coef * metric (sense) limit, over named metrics. */
  GENERIC
}
