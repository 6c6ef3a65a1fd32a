/**
 * Renderers of simulation reports: text summary, the JSON contract of SPEC §7, CSV time series,
 * JUnit XML and SARIF for the service-level objectives, and the self-contained HTML report with
 * its charts drawn as inline SVG.
 */
package io.mdecomp.cli.render.simulation;
