package io.mdecomp.codegen.view;

import java.util.Objects;

/**
 * What one rendering of a template sees: the variables of its scope, as a record. A template
 * reads the components by name ({@code system}, {@code service}, {@code entity}, {@code client},
 * {@code event}); a pack's output pattern and {@code when} expression see the same.
 */
public sealed interface TemplateContext permits TemplateContext.ForSystem, TemplateContext.ForService,
        TemplateContext.ForEntity, TemplateContext.ForClient, TemplateContext.ForEvent {

    /** The whole decomposition. */
    SystemView system();

    /** Scope {@code system}: rendered once. */
    record ForSystem(SystemView system) implements TemplateContext {
        public ForSystem {
            Objects.requireNonNull(system, "system");
        }
    }

    /** Scope {@code service}: rendered once per service. */
    record ForService(SystemView system, ServiceView service) implements TemplateContext {
        public ForService {
            Objects.requireNonNull(system, "system");
            Objects.requireNonNull(service, "service");
        }
    }

    /** Scope {@code entity}: rendered once per record a service declares. */
    record ForEntity(SystemView system, ServiceView service, EntityView entity) implements TemplateContext {
        public ForEntity {
            Objects.requireNonNull(system, "system");
            Objects.requireNonNull(service, "service");
            Objects.requireNonNull(entity, "entity");
        }
    }

    /** Scope {@code client}: rendered once per downstream client of a service. */
    record ForClient(SystemView system, ServiceView service, ClientView client) implements TemplateContext {
        public ForClient {
            Objects.requireNonNull(system, "system");
            Objects.requireNonNull(service, "service");
            Objects.requireNonNull(client, "client");
        }
    }

    /** Scope {@code event}: rendered once per event a service publishes or consumes. */
    record ForEvent(SystemView system, ServiceView service, EventView event) implements TemplateContext {
        public ForEvent {
            Objects.requireNonNull(system, "system");
            Objects.requireNonNull(service, "service");
            Objects.requireNonNull(event, "event");
        }
    }
}
