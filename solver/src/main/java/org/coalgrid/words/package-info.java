/**
 * Planner words for instance entities and periods ("Gui-Guang HVDC (Anshun-Zhaoqing), Guiyang → Guangdong",
 * "in the dry season"), shared by explain and repair. Imports only the domain.
 */
package org.coalgrid.words;
