/**
 * Scenario batches ({@code coalgrid batch SPEC --out DIR}, docs/batch.md): a spec lists instances and the
 * variants to solve on each (a grid of {@code --set} values with named axes, explicit scenarios, and any further
 * {@link org.coalgrid.batch.CaseSource}, the extension point for Monte Carlo draws); every case gets a stable id
 * ({@link org.coalgrid.batch.BatchCase#id()}), runs through the Java API ({@link org.coalgrid.batch.CaseRunner}),
 * on a pool of worker JVMs or threads ({@link org.coalgrid.batch.EmbeddedBatch}) or on Spark (module
 * {@code spark/}), and ends as one row of a table whose bytes do not depend on the number of workers.
 */
package org.coalgrid.batch;
