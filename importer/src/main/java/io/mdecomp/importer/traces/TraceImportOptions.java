package io.mdecomp.importer.traces;

import io.mdecomp.model.DomainModel;
import java.util.Objects;
import java.util.Optional;

/**
 * How to import traces.
 *
 * @param format      the format of every file; empty: recognised per file from its first tokens
 * @param skipBad     leave malformed spans out (listed as warnings) instead of failing
 * @param system      the system name of a new model
 * @param into        an existing model to calibrate instead of building a new one
 * @param sampling    the share of traces the files hold, in (0, 1]: the arrival rate is divided by it
 * @param workload    estimate a workload for a scenario file (fails when the traces cannot give one)
 * @param windowSpans spans held at most while traces are assembled (see {@link TraceWindow})
 */
public record TraceImportOptions(Optional<TraceFormat> format, boolean skipBad, String system,
                                 Optional<DomainModel> into, double sampling, boolean workload, int windowSpans) {

    /** Spans held while assembling traces: about 60 MB of spans. */
    public static final int DEFAULT_WINDOW_SPANS = 200_000;

    public TraceImportOptions {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(system, "system");
        if (system.isBlank()) {
            throw new IllegalArgumentException("the system name must not be blank");
        }
        Objects.requireNonNull(into, "into");
        if (!(sampling > 0 && sampling <= 1)) {
            throw new IllegalArgumentException("the sampling share must lie in (0, 1], got " + sampling);
        }
        if (windowSpans < 1) {
            throw new IllegalArgumentException("the window must hold at least one span, got " + windowSpans);
        }
    }

    /** Defaults: recognise formats, fail on bad spans, system {@code imported}, a new model, all traces, no workload. */
    public static TraceImportOptions defaults() {
        return new TraceImportOptions(Optional.empty(), false, "imported", Optional.empty(), 1, false,
                DEFAULT_WINDOW_SPANS);
    }

    public TraceImportOptions withFormat(TraceFormat newFormat) {
        return new TraceImportOptions(Optional.of(newFormat), skipBad, system, into, sampling, workload, windowSpans);
    }

    public TraceImportOptions withSkipBad(boolean newSkipBad) {
        return new TraceImportOptions(format, newSkipBad, system, into, sampling, workload, windowSpans);
    }

    public TraceImportOptions withSystem(String newSystem) {
        return new TraceImportOptions(format, skipBad, newSystem, into, sampling, workload, windowSpans);
    }

    public TraceImportOptions withInto(DomainModel model) {
        return new TraceImportOptions(format, skipBad, system, Optional.of(model), sampling, workload, windowSpans);
    }

    public TraceImportOptions withSampling(double newSampling) {
        return new TraceImportOptions(format, skipBad, system, into, newSampling, workload, windowSpans);
    }

    public TraceImportOptions withWorkload(boolean newWorkload) {
        return new TraceImportOptions(format, skipBad, system, into, sampling, newWorkload, windowSpans);
    }

    public TraceImportOptions withWindowSpans(int newWindowSpans) {
        return new TraceImportOptions(format, skipBad, system, into, sampling, workload, newWindowSpans);
    }
}
