package io.mdecomp.cli.render.ci;

/** The formats of {@code check}. */
public enum CheckFormat {
    TEXT, JSON, MARKDOWN, SARIF, JUNIT
}
