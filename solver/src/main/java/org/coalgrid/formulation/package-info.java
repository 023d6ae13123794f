/**
 * The allocation model: {@link org.coalgrid.formulation.Formulation} turns an instance into a
 * {@link org.coalgrid.lp.LinearProgram} by a short recipe of constraint families, one class each, whose
 * Javadoc states the math. Model units (see {@link org.coalgrid.formulation.Units}): coal kt/yr, power MW
 * (average over a period), stored energy GWh, heat TJ, industry output kt, money million CNY.
 */
package org.coalgrid.formulation;
