/**
 * Scale benchmarks of the analysis as users run it: synthetic models written to disk and timed
 * through the command line, JVM start included (SPEC §10).
 */
package io.mdecomp.bench.analysis;
