package io.mdecomp.simulator.trace;

import java.io.IOException;

/** Writes finished spans, in the order they end, to a stream in one trace format. */
interface SpanWriter {

    void write(TraceSpan span) throws IOException;

    /** Ends the document and flushes; the stream itself is the caller's to close. */
    void finish() throws IOException;
}
