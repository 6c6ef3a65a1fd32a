/** The bench command for {@code import java}: synthetic code bases and whole-command timings. */
package io.mdecomp.bench.importer;
