package org.coalgrid.diagnostics;

/** How bad a {@link Problem} is: an ERROR stops the run (exit code 2), a WARNING is reported and ignored. */
public enum Severity { ERROR, WARNING }
