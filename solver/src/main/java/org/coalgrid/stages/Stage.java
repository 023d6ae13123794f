package org.coalgrid.stages;

import org.coalgrid.domain.Instance;
import org.coalgrid.formulation.ModelNames;

/**
 * One stage of a {@link StagedModel}: a year of a pathway or a scenario of a two-stage plan, with the single-year
 * {@code instance} derived for it and the {@code weight} of its objective in the whole (discount factor × years the
 * stage stands for, or the scenario's probability). {@code id} prefixes every row and column name of the stage
 * ({@link ModelNames#staged}); it follows the id rule of instances (a letter, then letters, digits, '_' or '-'), so
 * a year is written {@code y2008}.
 */
public record Stage(String id, Instance instance, double weight) {
  public Stage {
    if (id == null || !id.matches("[A-Za-z][A-Za-z0-9_-]*")) {
      throw new IllegalArgumentException("a stage id is a letter then letters, digits, '_' or '-': " + id);
    }
    if (!(weight > 0) || Double.isInfinite(weight)) {
      throw new IllegalArgumentException("stage " + id + ": the weight must be positive and finite, got " + weight);
    }
  }
}
