/**
 * Check mode (SPEC §5): which findings fail a build ({@link io.mdecomp.analysis.check.FailOn}),
 * and the baseline of accepted findings after ArchUnit's frozen rules — identity is rule id and
 * subjects, never line numbers; new findings fail, baselined ones do not, fixed ones are reported.
 */
package io.mdecomp.analysis.check;
