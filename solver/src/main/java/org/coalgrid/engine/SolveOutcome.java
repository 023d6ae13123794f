package org.coalgrid.engine;

import org.coalgrid.formulation.ModelContext;
import org.coalgrid.solve.Prices;
import org.coalgrid.solve.RawSolution;
import org.coalgrid.solve.SolverSettings;

/**
 * Everything one solve produced: the model (with its context), the raw solution, the checked prices,
 * and the times spent building and solving (s).
 */
public record SolveOutcome(ModelContext model, SolverSettings settings, RawSolution raw, Prices prices,
    double buildSeconds, double solveSeconds) {}
