package io.mdecomp.cli.render;

/**
 * How a renderer may decorate its output.
 *
 * @param color ANSI colours in text output (only when writing to a terminal that allows them)
 */
public record RenderOptions(boolean color) {

    /** Plain output: no colours. */
    public static RenderOptions plain() {
        return new RenderOptions(false);
    }
}
