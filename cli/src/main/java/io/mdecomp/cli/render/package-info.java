/** Renderers of reports (text, JSON, Markdown, SARIF, JUnit, DOT, Mermaid, CSV, HTML) and atomic output. */
package io.mdecomp.cli.render;
