package io.mdecomp.model.format;

import io.mdecomp.model.Component;
import io.mdecomp.model.ComponentKind;
import io.mdecomp.model.diagnostic.SourceLocation;
import io.mdecomp.model.yaml.YamlMap;
import io.mdecomp.model.yaml.YamlNode;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Reads the items of the model's {@code components:} list: {@code name}, {@code kind}
 * ({@code class | table | view}), {@code uses} (entity → positive whole weight), an optional
 * {@code service}, {@code links} (names of class components) and a class's {@code package}. Shapes and ranges are reported here; whether the entity and service names
 * resolve is the validator's job, pointed at the exact key through {@link NodeLocations} (key
 * {@code uses}, index = the entity's position in name order).
 */
final class ComponentParser {

    private final NodeLocations locations;
    private final ModelParser names;

    ComponentParser(NodeLocations locations, ModelParser names) {
        this.locations = locations;
        this.names = names;
    }

    Optional<Component> component(YamlNode node) {
        return node.asMap().flatMap(map -> {
            Optional<String> name = map.name("name");
            YamlMap component = map.labelled(name.map(n -> "component '" + n + "'").orElse(map.label()));
            component.allowOnly("name", "kind", "uses", "service", "links", "package");
            names.recordName(component);
            Optional<ComponentKind> kind = component.required("kind").flatMap(n -> n.asEnum(ComponentKind.class));
            Optional<SortedMap<String, Weight>> uses = uses(component);
            Optional<String> service = names.single(component, "service");
            SortedMap<String, SourceLocation> links = links(component);
            Optional<String> pkg = component.optional("package").flatMap(YamlNode::asName);
            if (name.isEmpty() || kind.isEmpty() || uses.isEmpty()) {
                return Optional.empty();
            }
            SortedMap<String, Integer> weights = new TreeMap<>();
            int index = 0;
            for (Map.Entry<String, Weight> use : uses.get().entrySet()) {
                locations.put(component.location(), "uses", index++, use.getValue().key());
                weights.put(use.getKey(), use.getValue().value());
            }
            index = 0;
            for (SourceLocation link : links.values()) {
                locations.put(component.location(), "links", index++, link);
            }
            return Optional.of(new Component(name.get(), kind.get(), weights, service, new TreeSet<>(links.keySet()), pkg,
                    component.location()));
        });
    }

    /** The names under {@code links}, sorted (as the component keeps them), with where each is written. */
    private static SortedMap<String, SourceLocation> links(YamlMap component) {
        SortedMap<String, SourceLocation> links = new TreeMap<>();
        component.optional("links").flatMap(n -> n.asList("a list of class component names")).ifPresent(items -> {
            for (YamlNode item : items) {
                item.asName().ifPresent(name -> links.putIfAbsent(name, item.location()));
            }
        });
        return links;
    }

    /** A weight and where its entity name is written. */
    private record Weight(int value, SourceLocation key) {
    }

    /** The weights under {@code uses}, or empty when any of them is broken (each problem reported). */
    private static Optional<SortedMap<String, Weight>> uses(YamlMap component) {
        Optional<YamlNode> node = component.optional("uses");
        if (node.isEmpty()) {
            return Optional.of(new TreeMap<>());
        }
        Optional<YamlMap> map = node.get().labelled("'uses' of " + component.label()).asMap();
        if (map.isEmpty()) {
            return Optional.empty();
        }
        SortedMap<String, Weight> weights = new TreeMap<>();
        boolean ok = true;
        for (YamlMap.Entry entry : map.get().entries()) {
            Optional<Integer> weight = entry.value()
                    .labelled("the weight of '" + entry.name() + "' in " + component.label()).asIntAtLeast(1);
            if (weight.isPresent()) {
                weights.put(entry.name(), new Weight(weight.get(), entry.key().location()));
            } else {
                ok = false;
            }
        }
        return ok ? Optional.of(weights) : Optional.empty();
    }
}
