/**
 * The instance format as data ({@link org.coalgrid.io.schema.SchemaTable}) and the files generated from it:
 * the JSON Schema and docs/instance-format.md.
 */
package org.coalgrid.io.schema;
