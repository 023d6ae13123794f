/**
 * Planner words for instance entities and periods ("Gui-Guang HVDC (Anshun-Zhaoqing), Guiyang → Guangdong",
 * "in the dry season"), shared by explain and repair, and the number formats in planners' units ({@link
 * org.coalgrid.words.Fmt}: Mt / 万吨, TWh / 亿千瓦时), shared by output, repair, explain and report. Imports only the
 * domain.
 */
package org.coalgrid.words;
