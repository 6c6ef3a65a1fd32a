/**
 * Renderers of simulation reports and of comparisons of two models: text, the JSON contract of
 * SPEC §7, CSV time series, JUnit XML and SARIF for the service-level objectives, Markdown for
 * comparisons, and self-contained HTML with charts drawn as inline SVG. The tables are defined
 * once ({@code Sections}, {@code ComparisonSections}) with the unit of every number; every format
 * assembles them and formats numbers only through {@code Quantities}.
 */
package io.mdecomp.cli.render.simulation;
