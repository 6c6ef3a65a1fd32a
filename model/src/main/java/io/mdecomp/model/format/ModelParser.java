package io.mdecomp.model.format;

import io.mdecomp.model.PublishRule;
import io.mdecomp.model.Attribute;
import io.mdecomp.model.AttributeType;
import io.mdecomp.model.Availability;
import io.mdecomp.model.BoundedContext;
import io.mdecomp.model.Characteristics;
import io.mdecomp.model.Component;
import io.mdecomp.model.Consistency;
import io.mdecomp.model.ContentVolatility;
import io.mdecomp.model.Dependency;
import io.mdecomp.model.Domain;
import io.mdecomp.model.DomainModel;
import io.mdecomp.model.Entity;
import io.mdecomp.model.EntityKind;
import io.mdecomp.model.Protocol;
import io.mdecomp.model.SecurityCriticality;
import io.mdecomp.model.Service;
import io.mdecomp.model.Storage;
import io.mdecomp.model.StructuralVolatility;
import io.mdecomp.model.UseCase;
import io.mdecomp.model.diagnostic.SourceLocation;
import io.mdecomp.model.yaml.YamlMap;
import io.mdecomp.model.yaml.YamlNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a model document's nodes into records (SPEC §3), reporting every problem of shape and
 * range and remembering where each value was written. Elements whose required parts are broken
 * are left out after their problems are reported. Cross-references are the validator's job.
 */
final class ModelParser {

    /** {@code list<T>}, or a plain type name (no angle brackets). */
    private static final Pattern TYPE = Pattern.compile("(?:list\\s*<\\s*([^<>\\s][^<>]*?)\\s*>|([^<>]+))");

    private final NodeLocations locations;
    private final ServiceParser services;
    private final ComponentParser components;

    ModelParser(NodeLocations locations) {
        this.locations = locations;
        this.services = new ServiceParser(this);
        this.components = new ComponentParser(locations, this);
    }

    /** The locations of the services that list {@code owns} themselves. */
    Set<SourceLocation> explicitOwns() {
        return services.explicitOwns();
    }

    Optional<DomainModel> model(YamlNode document) {
        Optional<YamlMap> maybeRoot = document.asMap();
        if (maybeRoot.isEmpty()) {
            return Optional.empty();
        }
        YamlMap root = maybeRoot.get().labelled("the model");
        if (notAModel(root)) {
            return Optional.empty();
        }
        root.allowOnly("system", "version", "domains", "services", "dependencies", "useCases", "components");
        Optional<String> system = required(root, "system");
        Optional<Integer> version = root.required("version").flatMap(YamlNode::asInt);
        version.filter(v -> v != DomainModel.FORMAT_VERSION).ifPresent(v -> root.optional("version").orElseThrow()
                .error("version", "unsupported format version " + v + "; this release reads version "
                        + DomainModel.FORMAT_VERSION));
        List<Domain> domains = root.required("domains")
                .flatMap(n -> n.asListOf("a list of domains", this::domain)).orElse(List.of());
        List<Service> serviceList = root.optional("services")
                .flatMap(n -> n.asListOf("a list of services", services::service)).orElse(List.of());
        List<Dependency> dependencies = root.optional("dependencies")
                .flatMap(n -> n.asListOf("a list of dependencies", this::dependency)).orElse(List.of());
        List<UseCase> useCases = root.optional("useCases")
                .flatMap(n -> n.asListOf("a list of use cases", this::useCase)).orElse(List.of());
        List<Component> componentList = root.optional("components")
                .flatMap(n -> n.asListOf("a list of components", components::component)).orElse(List.of());
        if (system.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new DomainModel(system.get(), version.orElse(DomainModel.FORMAT_VERSION), domains,
                serviceList, dependencies, useCases, componentList, root.location()));
    }

    /**
     * Says so, once, when {@code root} has none of a model's keys but is plainly a scenarios file
     * or a settings file given where a model belongs, instead of a dozen missing and unknown keys;
     * true then.
     */
    private static boolean notAModel(YamlMap root) {
        if (root.has("system") || root.has("domains") || root.has("services")) {
            return false;
        }
        String kind;
        String use;
        if (root.has("scenarios")) {
            kind = "a scenarios file";
            use = "give it after the model: simulate scenarios MODEL SCENARIOS";
        } else if (root.has("rules") || root.has("failOn") || root.has("sizeBand") || root.has("priorities")) {
            kind = "a settings file";
            use = "give it with --config, or keep it as mdecomp.yaml beside the model";
        } else {
            return false;
        }
        root.problems().error(root.location(), "not-a-model", "this is " + kind + ", not a model; " + use);
        return true;
    }

    private Optional<Domain> domain(YamlNode node) {
        return node.asMap().flatMap(map -> {
            Optional<String> name = map.name("name");
            YamlMap domain = map.labelled(name.map(n -> "domain '" + n + "'").orElse(map.label()));
            domain.allowOnly("name", "description", "contexts");
            recordName(domain);
            String description = domain.string("description").orElse("").strip();
            List<BoundedContext> contexts = domain.required("contexts")
                    .flatMap(n -> n.asListOf("a list of bounded contexts", c -> context(c, name.orElse("?"))))
                    .orElse(List.of());
            return name.map(n -> new Domain(n, description, contexts, domain.location()));
        });
    }

    private Optional<BoundedContext> context(YamlNode node, String domain) {
        return node.asMap().flatMap(map -> {
            Optional<String> name = map.name("name");
            YamlMap context = map.labelled(name.map(n -> "context '" + n + "'").orElse(map.label()));
            context.allowOnly("name", "entities");
            recordName(context);
            List<Entity> entities = context.optional("entities")
                    .flatMap(n -> n.asListOf("a list of entities", e -> entity(e, name.orElse("?"))))
                    .orElse(List.of());
            return name.map(n -> new BoundedContext(n, domain, entities, context.location()));
        });
    }

    private Optional<Entity> entity(YamlNode node, String context) {
        return node.asMap().flatMap(map -> {
            Optional<String> name = map.name("name");
            YamlMap entity = map.labelled(name.map(n -> "entity '" + n + "'").orElse(map.label()));
            entity.allowOnly("name", "kind", "aggregate", "attributes", "references", "characteristics", "securityZone");
            recordName(entity);
            EntityKind kind = entity.optional("kind").flatMap(n -> n.asEnum(EntityKind.class)).orElse(EntityKind.ENTITY);
            Optional<String> aggregate = single(entity, "aggregate");
            List<Attribute> attributes = attributes(entity);
            List<String> references = names(entity, "references");
            Characteristics characteristics = entity.optional("characteristics").flatMap(this::characteristics)
                    .orElse(Characteristics.NONE);
            Optional<String> zone = single(entity, "securityZone");
            return name.map(n -> new Entity(n, context, kind, aggregate, attributes, references, characteristics,
                    zone, entity.location()));
        });
    }

    private List<Attribute> attributes(YamlMap entity) {
        Optional<YamlMap> map = entity.optional("attributes").flatMap(YamlNode::asMap);
        if (map.isEmpty()) {
            return List.of();
        }
        List<Attribute> attributes = new ArrayList<>();
        for (YamlMap.Entry entry : map.get().entries()) {
            Optional<AttributeType> type = entry.value().labelled("the type of attribute '" + entry.name() + "'")
                    .asName().flatMap(text -> attributeType(text, entry.value()));
            if (type.isPresent()) {
                locations.put(entity.location(), "attributes", attributes.size(), entry.value().location());
                attributes.add(new Attribute(entry.name(), type.get()));
            }
        }
        return attributes;
    }

    private static Optional<AttributeType> attributeType(String text, YamlNode node) {
        Matcher matcher = TYPE.matcher(text);
        if (!matcher.matches()) {
            node.error("value", "attribute type '" + text + "' is not valid; write a type such as uuid, string,"
                    + " an entity name, or list<T>");
            return Optional.empty();
        }
        return matcher.group(1) != null ? Optional.of(new AttributeType(matcher.group(1).strip(), true))
                : Optional.of(new AttributeType(matcher.group(2).strip(), false));
    }

    private Optional<Characteristics> characteristics(YamlNode node) {
        return node.asMap().map(map -> {
            map.allowOnly("structuralVolatility", "contentVolatility", "consistency", "availability", "storage",
                    "security");
            return new Characteristics(
                    map.optional("structuralVolatility").flatMap(n -> n.asEnum(StructuralVolatility.class)),
                    map.optional("contentVolatility").flatMap(n -> n.asEnum(ContentVolatility.class)),
                    map.optional("consistency").flatMap(n -> n.asEnum(Consistency.class)),
                    map.optional("availability").flatMap(n -> n.asEnum(Availability.class)),
                    map.optional("storage").flatMap(n -> n.asEnum(Storage.class)),
                    map.optional("security").flatMap(n -> n.asEnum(SecurityCriticality.class)));
        });
    }

    private Optional<Dependency> dependency(YamlNode node) {
        return node.asMap().flatMap(map -> {
            map.allowOnly("from", "to", "protocol");
            Optional<String> from = required(map, "from");
            Optional<String> to = required(map, "to");
            Protocol protocol = map.optional("protocol").flatMap(n -> n.asEnum(Protocol.class)).orElse(Protocol.HTTP);
            return from.flatMap(f -> to.map(t -> new Dependency(f, t, protocol, map.location())));
        });
    }

    private Optional<UseCase> useCase(YamlNode node) {
        return node.asMap().flatMap(map -> {
            Optional<String> name = map.name("name");
            YamlMap useCase = map.labelled(name.map(n -> "use case '" + n + "'").orElse(map.label()));
            useCase.allowOnly("name", "reads", "writes", "latencyCritical");
            recordName(useCase);
            List<String> reads = names(useCase, "reads");
            List<String> writes = names(useCase, "writes");
            boolean critical = useCase.optional("latencyCritical").flatMap(YamlNode::asBoolean).orElse(false);
            return name.map(n -> new UseCase(n, reads, writes, critical, useCase.location()));
        });
    }

    /** A list of names under {@code key}, remembering where each item is. */
    List<String> names(YamlMap map, String key) {
        Optional<List<YamlNode>> items = map.optional(key).flatMap(n -> n.asList("a list of names"));
        if (items.isEmpty()) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        for (YamlNode item : items.get()) {
            Optional<String> name = item.asName();
            if (name.isPresent()) {
                locations.put(map.location(), key, names.size(), item.location());
                names.add(name.get());
            }
        }
        return names;
    }

    /**
     * The events under {@code key}: each a name, or {@code {event, when, probability}} whose rule
     * (when not the default) goes into {@code rules}; remembers where each name is.
     */
    List<String> publications(YamlMap map, String key, Map<String, PublishRule> rules) {
        Optional<List<YamlNode>> items = map.optional(key)
                .flatMap(n -> n.asList("a list of events, each a name or {event, when, probability}"));
        if (items.isEmpty()) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        for (YamlNode item : items.get()) {
            if (item.isScalar()) {
                Optional<String> name = item.asName();
                if (name.isPresent()) {
                    locations.put(map.location(), key, names.size(), item.location());
                    names.add(name.get());
                }
                continue;
            }
            item.asMap().ifPresent(rule -> {
                rule.allowOnly("event", "when", "probability");
                Optional<YamlNode> eventNode = rule.required("event");
                Optional<String> event = eventNode.flatMap(YamlNode::asName);
                PublishRule.When when = rule.optional("when").flatMap(n -> n.asEnum(PublishRule.When.class))
                        .orElse(PublishRule.When.SUCCESS);
                double probability = rule.optional("probability").flatMap(n -> n.asDoubleIn(0, false, 1, true))
                        .orElse(1.0);
                if (event.isPresent()) {
                    if (names.contains(event.get())) {
                        eventNode.get().error("duplicate", "event '" + event.get() + "' is listed twice; give it"
                                + " one entry with its condition");
                        return;
                    }
                    locations.put(map.location(), key, names.size(), eventNode.get().location());
                    names.add(event.get());
                    rules.put(event.get(), new PublishRule(when, probability));
                }
            });
        }
        return names;
    }

    /** An optional name under {@code key}, remembering where it is. */
    Optional<String> single(YamlMap map, String key) {
        Optional<YamlNode> node = map.optional(key);
        node.ifPresent(n -> locations.put(map.location(), key, -1, n.location()));
        return node.flatMap(YamlNode::asName);
    }

    /** A required name under {@code key}, remembering where it is. */
    Optional<String> required(YamlMap map, String key) {
        Optional<YamlNode> node = map.required(key);
        node.ifPresent(n -> locations.put(map.location(), key, -1, n.location()));
        return node.flatMap(YamlNode::asName);
    }

    /** Remembers where the element's name is written, for duplicate-name diagnostics. */
    void recordName(YamlMap map) {
        map.optional("name").ifPresent(n -> locations.put(map.location(), "name", -1, n.location()));
    }
}
