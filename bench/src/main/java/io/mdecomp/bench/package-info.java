/**
 * Benchmarks for the performance targets of SPEC §10: JMH benchmarks ({@code java -jar
 * bench/target/benchmarks.jar}) and bench commands with a {@code main} that print figures and
 * ratios. See docs/performance.md for the commands and the figures measured.
 */
package io.mdecomp.bench;
