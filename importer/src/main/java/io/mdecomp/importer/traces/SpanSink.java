package io.mdecomp.importer.traces;

import java.util.List;

/** Where readers deliver spans, in file order, and the spans they could not read. */
interface SpanSink {

    void accept(Span span);

    /** A span that is malformed for the reasons given; never delivered to {@link #accept}. */
    void malformed(SpanOrigin origin, String traceId, String spanId, List<String> problems);
}
