package io.mdecomp.importer.traces;

import java.io.IOException;

/** Reads the spans of one file in one format, delivering them to the context's sink in file order. */
interface FormatReader {

    /**
     * Reads the whole file. Span-level problems go to the sink as malformed spans; a file whose
     * structure is not the format's stops with an {@code InputException} at the offending token.
     */
    void read(ReadContext context) throws IOException;
}
