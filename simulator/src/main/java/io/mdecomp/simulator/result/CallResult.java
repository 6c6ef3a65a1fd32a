package io.mdecomp.simulator.result;

import io.mdecomp.simulator.component.CallKey;
import io.mdecomp.simulator.component.ErrorCause;
import java.util.Objects;
import java.util.SortedMap;

/** Calls from one caller to one callee: calls, attempts (first tries and retries), failed attempts by cause. */
public record CallResult(CallKey call, long calls, long attempts, long retries, SortedMap<ErrorCause, Long> errors) {

    public CallResult {
        Objects.requireNonNull(call, "call");
        errors = Errors.copy(errors);
    }
}
