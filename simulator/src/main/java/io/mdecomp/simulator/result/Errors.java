package io.mdecomp.simulator.result;

import io.mdecomp.simulator.component.ErrorCause;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** Failure counts by cause in results: unmodifiable, ordered by cause. */
final class Errors {

    private Errors() {
    }

    static SortedMap<ErrorCause, Long> copy(Map<ErrorCause, Long> errors) {
        return Collections.unmodifiableSortedMap(new TreeMap<>(errors));
    }
}
