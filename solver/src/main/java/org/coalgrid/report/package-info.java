/**
 * The HTML report a planner looks at: one self-contained, offline page (ECharts inlined from its WebJar) built
 * from a verified {@code solution.json} tree and its instance. {@link Report} lists the charts in page order; each
 * chart is built by its own class into a {@link Chart} (kind, titles, unit, data in the result's own units) and
 * drawn by the renderer of its kind in {@code report.js}. Every number in a chart is a figure of the solution or
 * a plain sum of such figures (tested), never a new estimate.
 *
 * <p>Later time structures add charts, not kinds: a per-step or per-year generation chart is a
 * {@link GenerationChart} over another axis, and a scenario spread a series of the same kind.
 */
package org.coalgrid.report;
