/** Distributions of durations (SPEC §3): their parameters, moments and sampling. */
package io.mdecomp.model.distribution;
