/**
 * Models of several stages built around the single-year model: {@link org.coalgrid.stages.StagedModel} instantiates
 * the year model once per {@link org.coalgrid.stages.Stage} (a year of a pathway, a scenario of a two-stage plan)
 * from the stage's derived instance, prefixes every name by the stage, weights each stage's objective and takes
 * linking rows and columns between stages. It knows nothing of years or scenarios: the pathway (issue 11) and the
 * two-stage plan (issue 12) add their own linking rows. Uses domain, formulation, lp, solve and engine; nothing
 * above them.
 */
package org.coalgrid.stages;
