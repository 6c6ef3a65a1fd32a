/**
 * Placing the components of a code base (classes, tables, views) with the services of a cut:
 * {@link io.mdecomp.analysis.placement.ComponentPlacer} puts each with the service whose entities
 * it uses most (one that uses none by its links, then its package),
 * {@link io.mdecomp.analysis.placement.ComponentCsv} writes the result as
 * {@code component,kind,service,placedBy}.
 */
package io.mdecomp.analysis.placement;
