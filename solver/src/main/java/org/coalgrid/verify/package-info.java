/**
 * The independent verifier: from an instance's domain records and a written solution.json alone it recomputes
 * every balance, cap, policy, the objective and the figures coalgrid prints ({@link
 * org.coalgrid.verify.SolutionVerifier}). It uses nothing of the model, the solver or the result writer
 * ({@code formulation}, {@code lp}, {@code solve}, {@code engine}, {@code result}; ArchitectureTest keeps it so),
 * so a bug there shows up here as a disagreement.
 *
 * <p>By design it does not use {@code formulation.ModelNames} either, although the rest of coalgrid builds every
 * row and column name there (issue 9): where the verifier needs a row name (to find a row's dual in
 * {@code prices.rowDuals}, or to name what it checks) it writes the name out itself from docs/formulation.md, so
 * a naming bug in ModelNames shows up as a disagreement too instead of being shared.
 */
package org.coalgrid.verify;
