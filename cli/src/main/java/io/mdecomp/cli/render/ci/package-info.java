/**
 * The renderers CI systems and reviewers read: SARIF 2.1.0 for code scanning, JUnit XML for test
 * reporters, Markdown for pull-request comments and step summaries, and the service graph as DOT
 * and Mermaid. Each writes one {@link io.mdecomp.cli.render.ci.CiReport} (or a
 * {@link io.mdecomp.cli.render.ci.ServiceDiagram}) to a {@link java.io.Writer}, deterministically.
 */
package io.mdecomp.cli.render.ci;
