/**
 * Semantic checks of an instance (references, shares, balances of hours, fuel reachability) that the
 * structure of the file cannot express. Problems carry JSON paths by list index. No solver import.
 */
package org.coalgrid.validate;
