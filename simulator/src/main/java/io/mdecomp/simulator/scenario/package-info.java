/**
 * Scenario files (SPEC §7): the {@link io.mdecomp.simulator.scenario.Scenario} record, its reader
 * with located diagnostics, and the JSON Schema of the format.
 */
package io.mdecomp.simulator.scenario;
