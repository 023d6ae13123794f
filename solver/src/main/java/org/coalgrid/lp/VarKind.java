package org.coalgrid.lp;

/** Whether a column is continuous or integer. */
public enum VarKind { CONTINUOUS, INTEGER }
