package org.coalgrid.formulation;

import java.util.List;

/**
 * One family of constraints; {@link #apply} adds its rows (and their terms) to the model. Each family also says
 * what it is to a planner: its title, the kinds of row it writes, the {@link Role} of those rows and what their
 * dual means. The result, explain and sensitivity code decide from {@link #role()} where a row's dual is
 * reported; docs/formulation.md is generated from the family's Javadoc and these.
 */
public interface ConstraintFamily {

  /** What a family's rows are, which decides where their duals are reported. */
  enum Role {
    /** A cap or floor (capacity, water, policy): reported when binding, ranked by explain, ranged by sensitivity. */
    CAP,
    /**
     * An obligation (planned output, firm contract, firm coal sale): reported when binding and ranged like a cap,
     * but not counted among the caps a summary lists.
     */
    OBLIGATION,
    /** A balance: its dual is a price (electricity, heat, coal), shown in the price tables. */
    BALANCE,
    /** Defines a quantity from others (washing, fuel, direct-supply limits): its dual is not reported. */
    DEFINITION;

    /** True for caps and obligations: rows whose binding duals are listed and ranged. */
    public boolean isLimit() {
      return this == CAP || this == OBLIGATION;
    }
  }

  /** Short name used as the family of its rows (e.g. "power_balance"). */
  String name();

  /** The family's title in docs/formulation.md, with the Chinese term where planners use one. */
  String title();

  /** The kinds of row the family writes (empty for the objective). */
  List<ModelNames.RowKind> rows();

  /** What the family's rows are; see {@link Role}. */
  Role role();

  /**
   * What rows of {@code kind} are: the family's {@link #role()}, unless a kind of its rows only defines a quantity
   * (e.g. an industry's annual output, {@code ind_sum}), whose dual is then not reported.
   */
  default Role role(ModelNames.RowKind kind) {
    return role();
  }

  /** What the dual of the family's rows means, with its unit, in one sentence for docs/formulation.md. */
  String dualMeaning();

  void apply(ModelContext ctx);
}
