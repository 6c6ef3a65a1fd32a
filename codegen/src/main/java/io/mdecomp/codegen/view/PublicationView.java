package io.mdecomp.codegen.view;

import java.util.List;
import java.util.Objects;

/**
 * An event an endpoint publishes once its calls succeeded, with the identifiers it fills in.
 *
 * @param event  the event
 * @param fields one per field of the event, in order; one this request has no identifier for has
 *               no value ({@link ArgumentView#hasValue()} false)
 */
public record PublicationView(EventView event, List<ArgumentView> fields) {

    public PublicationView {
        Objects.requireNonNull(event, "event");
        fields = List.copyOf(fields);
    }
}
