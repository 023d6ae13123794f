package org.coalgrid.domain;

/** How coal moves along an arc. */
public enum TransportMode { RAIL, ROAD, BELT, WATER }
