package io.mdecomp.cli.render;

import java.io.IOException;
import java.io.Writer;

/**
 * Writes one report of type {@code T} in one format to a writer it is given. Renderers never
 * close the writer and keep no state between calls; the same report gives the same text.
 */
@FunctionalInterface
public interface Renderer<T> {

    void render(T report, Writer writer) throws IOException;
}
