package io.mdecomp.codegen.view;

import java.util.List;
import java.util.Objects;

/**
 * An event, published by some services and consumed by others.
 *
 * @param name        as written in the model
 * @param className   a Java record name ({@code OrderPlaced})
 * @param topic       a topic / channel name ({@code order-placed})
 * @param publishers  names of the services that publish it, sorted
 * @param consumers   names of the services that consume it, sorted
 * @param fields      the identifiers it carries besides its id and source: those of its
 *                    publishing requests ({@code orderId}, {@code customerId}), in order
 * @param subscribers the consuming services, sorted by name
 * @param envVar      the environment variable listing its subscribers' base URLs
 *                    ({@code EVENTS_ORDER_PLACED_SUBSCRIBERS})
 */
public record EventView(String name, String className, String topic, List<String> publishers,
                        List<String> consumers, List<EventFieldView> fields, List<SubscriberView> subscribers,
                        String envVar) {

    public EventView {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(className, "className");
        Objects.requireNonNull(topic, "topic");
        publishers = List.copyOf(publishers);
        consumers = List.copyOf(consumers);
        fields = List.copyOf(fields);
        subscribers = List.copyOf(subscribers);
        Objects.requireNonNull(envVar, "envVar");
    }
}
