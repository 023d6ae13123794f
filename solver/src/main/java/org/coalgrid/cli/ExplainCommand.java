package org.coalgrid.cli;

import picocli.CommandLine.Command;

/**
 * {@code coalgrid explain INSTANCE}: solves like {@code solve} (same options) and prints the explanation instead
 * of the summary: what binds and what it is worth, in planner words, and the price tables; on an infeasible plan,
 * the elastic repair. {@code --out DIR} writes explain.json and explain.md besides solution.json.
 */
@Command(name = "explain", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Solve and explain the answer: binding caps and policies ranked by what relaxing them is worth, "
        + "in planner words, and price tables (electricity per region and period, coal per region and grade, heat, "
        + "congestion rent per line); only prices that pass the dual certificate are used. On an infeasible plan, "
        + "the elastic repair. --out DIR writes explain.json, explain.md and solution.json.")
final class ExplainCommand extends SolveCommand {
  @Override
  boolean explainOnly() {
    return true;
  }
}
