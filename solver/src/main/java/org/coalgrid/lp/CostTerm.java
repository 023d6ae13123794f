package org.coalgrid.lp;

/** The terms of the objective, reported separately (all in million CNY inside the model). */
public enum CostTerm {
  MINING("mining and washing"),
  TRANSPORT("coal transport"),
  GENERATION("generation variable cost (O&M, non-coal fuel)"),
  STARTUP("unit start-ups 启动成本"),
  WHEELING("transmission wheeling"),
  CAPEX("annualised capex of builds"),
  INVESTMENT("overnight capital of units that come in, less their value left after the horizon (pathway)"),
  POTLINE_FIXED("fixed cost of running potlines"),
  UNSERVED("unserved energy x VoLL"),
  EXPORT_SHORTFALL("export shortfall penalty"),
  CARBON("carbon price x CO2"),
  EXPORT_REVENUE("export revenue (negative)"),
  COAL_SALES("coal sales revenue (negative)"),
  VALUE_ADDED("industry value added (negative, welfare mode)"),
  RELAXATION("relaxation penalties (elastic mode)"),
  RISK("CVaR of the scenario cost, weighted (stochastic plan)"),
  COMMITMENT("firm export commitment premium (negative, stochastic plan)");

  private final String label;

  CostTerm(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
