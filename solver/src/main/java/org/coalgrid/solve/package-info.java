/**
 * Solving: backends, settings, raw solutions, the dual certificate and the price re-solve for MILPs.
 * {@link org.coalgrid.solve.OrToolsAdapter} is the only class in the project that imports OR-Tools.
 */
package org.coalgrid.solve;
