/**
 * Reading instance files: {@link org.coalgrid.io.InstanceReader} (strict JSON, structure checked against
 * {@link org.coalgrid.io.schema.SchemaTable}, sourced numbers recorded in {@link org.coalgrid.io.Provenance},
 * semantic checks). No solver import.
 */
package org.coalgrid.io;
