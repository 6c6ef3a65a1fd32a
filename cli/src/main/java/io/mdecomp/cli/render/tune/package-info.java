/**
 * Reports of sweeps ({@code sweep run}, {@code merge}) and of tuning ({@code tune capacity},
 * {@code tune resilience}) as text, JSON and self-contained HTML with a heat map of each objective
 * over two swept parameters and the capacity table.
 */
package io.mdecomp.cli.render.tune;
