/**
 * Solving a {@link org.coalgrid.lp.LinearProgram}: backends, settings, raw solutions, the dual certificate and the
 * price re-solve for MILPs ({@link org.coalgrid.solve.LpSolver}). Knows nothing of the model's meaning (no import
 * of {@code formulation}; {@code org.coalgrid.engine} joins the two). {@link org.coalgrid.solve.OrToolsAdapter} is
 * the only class in the project that imports OR-Tools.
 */
package org.coalgrid.solve;
