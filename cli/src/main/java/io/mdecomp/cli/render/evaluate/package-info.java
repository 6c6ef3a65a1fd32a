/**
 * The reports of {@code mdecomp evaluate}: a component assignment's scores against a ground truth,
 * side by side with baselines, as text, JSON ({@code schemaVersion: 1}) or Markdown.
 */
package io.mdecomp.cli.render.evaluate;
