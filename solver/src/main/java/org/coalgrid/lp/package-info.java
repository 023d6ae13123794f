/**
 * A solver-neutral linear program: columns with bounds, costs and integrality, rows with bounds, and
 * nonzeros, all in primitive arrays with deterministic names. Constraint families write into it; the
 * OR-Tools adapter, the MPS writer and the Commons Math cross-check read from it. No solver import.
 */
package org.coalgrid.lp;
