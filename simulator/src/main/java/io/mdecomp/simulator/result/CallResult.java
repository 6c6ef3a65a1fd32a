package io.mdecomp.simulator.result;

import java.util.SortedMap;

/** Calls from one caller to one callee: calls, attempts (first tries and retries), failed attempts by cause. */
public record CallResult(String caller, String callee, long calls, long attempts, long retries,
                         SortedMap<String, Long> errors) {

    public CallResult {
        errors = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(errors));
    }
}
