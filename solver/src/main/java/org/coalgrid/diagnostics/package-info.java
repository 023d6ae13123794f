/**
 * What reading and checking an instance says about it, shared by {@code io} (structure, syntax, overrides) and
 * {@code validate} (semantic checks) so that neither imports the other's helpers:
 * {@link org.coalgrid.diagnostics.Problem} (severity, JSON path, message), the JSON path helpers of
 * {@link org.coalgrid.diagnostics.Paths} and the message number format {@link org.coalgrid.diagnostics.Num}.
 * Imports nothing of the project.
 */
package org.coalgrid.diagnostics;
