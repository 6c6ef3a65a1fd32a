package io.mdecomp.codegen.view;

import java.util.List;
import java.util.Objects;

/**
 * An event, published by some services and consumed by others.
 *
 * @param name       as written in the model
 * @param className  a Java record name ({@code OrderPlaced})
 * @param topic      a topic / channel name ({@code order-placed})
 * @param publishers names of the services that publish it, sorted
 * @param consumers  names of the services that consume it, sorted
 */
public record EventView(String name, String className, String topic, List<String> publishers,
                        List<String> consumers) {

    public EventView {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(className, "className");
        Objects.requireNonNull(topic, "topic");
        publishers = List.copyOf(publishers);
        consumers = List.copyOf(consumers);
    }
}
