/**
 * Renderers of simulation reports: text summary, the JSON contract of SPEC §7, CSV time series,
 * and JUnit XML and SARIF for the service-level objectives.
 */
package io.mdecomp.cli.render.simulation;
