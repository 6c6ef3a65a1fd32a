/**
 * What a simulation reports, as plain immutable records mirroring the JSON contract of SPEC §7
 * ({@code schemaVersion} 1). Times are milliseconds unless a name says seconds; rates per second.
 */
package io.mdecomp.simulator.result;
