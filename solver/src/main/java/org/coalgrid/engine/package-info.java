/**
 * Builds an instance's model ({@code formulation}) and solves it ({@code solve}): {@link
 * org.coalgrid.engine.AllocationSolver} and its {@link org.coalgrid.engine.SolveOutcome}. The only package that
 * joins the two, so the formulation knows nothing of solvers and the solver layer nothing of the model's meaning.
 */
package org.coalgrid.engine;
