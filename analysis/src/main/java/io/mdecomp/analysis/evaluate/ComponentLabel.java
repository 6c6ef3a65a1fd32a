package io.mdecomp.analysis.evaluate;

import io.mdecomp.model.diagnostic.SourceLocation;
import java.util.Objects;

/**
 * One row of an assignment file: a component and the service it is assigned to, or one of the two
 * labels the published ground truths use for components whose service does not matter:
 * {@value #SHARED} (a common component, used by several services) and {@value #UNUSED} (not used).
 *
 * @param component the component
 * @param label     a service name, {@value #SHARED} or {@value #UNUSED}
 * @param location  where the row starts
 */
public record ComponentLabel(ComponentKey component, String label, SourceLocation location) {

    /** The label of a component shared by several services (also what {@code propose} writes for ties). */
    public static final String SHARED = "C";
    /** The label of a component that is not used. */
    public static final String UNUSED = "N/U";

    public ComponentLabel {
        Objects.requireNonNull(component, "component");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(location, "location");
        if (label.isBlank()) {
            throw new IllegalArgumentException("component " + component + " needs a label");
        }
    }

    /** True when the label names a service (neither {@value #SHARED} nor {@value #UNUSED}). */
    public boolean isService() {
        return !isReserved(label);
    }

    /** True for the labels that name no service. */
    public static boolean isReserved(String label) {
        return SHARED.equals(label) || UNUSED.equals(label);
    }
}
