package io.mdecomp.model.format;

import static io.mdecomp.model.yaml.YamlText.number;
import static io.mdecomp.model.yaml.YamlText.raw;
import static io.mdecomp.model.yaml.YamlText.string;
import static io.mdecomp.model.yaml.YamlText.strings;

import io.mdecomp.model.PublishRule;
import io.mdecomp.model.BoundedContext;
import io.mdecomp.model.Call;
import io.mdecomp.model.CallMode;
import io.mdecomp.model.Characteristics;
import io.mdecomp.model.Component;
import io.mdecomp.model.Dependency;
import io.mdecomp.model.Deployment;
import io.mdecomp.model.Domain;
import io.mdecomp.model.DomainModel;
import io.mdecomp.model.Endpoint;
import io.mdecomp.model.Entity;
import io.mdecomp.model.Service;
import io.mdecomp.model.Subscription;
import io.mdecomp.model.UseCase;
import io.mdecomp.model.YamlEnum;
import io.mdecomp.model.diagnostic.SourceLocation;
import io.mdecomp.model.distribution.Constant;
import io.mdecomp.model.distribution.Distribution;
import io.mdecomp.model.distribution.Empirical;
import io.mdecomp.model.distribution.Erlang;
import io.mdecomp.model.distribution.Exponential;
import io.mdecomp.model.distribution.Gamma;
import io.mdecomp.model.distribution.HyperExponential;
import io.mdecomp.model.distribution.LogNormal;
import io.mdecomp.model.distribution.Normal;
import io.mdecomp.model.distribution.Uniform;
import io.mdecomp.model.quantity.Duration;
import io.mdecomp.model.yaml.YamlText;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Writes a model as canonical YAML in the format of SPEC §3, so that {@code propose} and
 * {@code import} can hand users a file they can read and edit: keys in the order of the spec,
 * block style for domains, contexts and services, flow style for what fits on a line.
 *
 * <p>Everything is written explicitly except values equal to their defaults ({@code mode: sync},
 * {@code probability: 1}, {@code parallel: false}, the default deployment, empty lists, an empty
 * description, {@code latencyCritical: false}); {@code owns} is always written, so a written model
 * does not depend on the ownership default. Numbers and durations are spelled so that they read
 * back as the same doubles. Hence {@code read(write(m))} equals {@code m} apart from locations, and
 * {@code write(read(write(m))) == write(m)}.
 */
public final class ModelWriter {

    /** Says, for an element's location, what comment to write above it (nothing by default). */
    @FunctionalInterface
    public interface Comments {

        /** No comments: the canonical form. */
        Comments NONE = location -> Optional.empty();

        /**
         * {@code file:line} of every element whose location is known: where an imported element
         * was found in its sources.
         */
        Comments PROVENANCE = location -> location.isKnown()
                ? Optional.of(location.file() + ":" + location.line()) : Optional.empty();

        /** The comment line for the element declared at {@code location}, if any. */
        Optional<String> above(SourceLocation location);
    }

    private final Comments comments;

    private ModelWriter(Comments comments) {
        this.comments = comments;
    }

    /** The model as YAML text, ending with a newline. */
    public static String write(DomainModel model) {
        return write(model, Comments.NONE);
    }

    /**
     * The model as YAML text with a comment line above each list item that {@code comments}
     * annotates (domains, contexts, entities, services, endpoints, dependencies, use cases and
     * components). Comments do not change what is read back.
     */
    public static String write(DomainModel model, Comments comments) {
        return new ModelWriter(comments).document(model);
    }

    private String document(DomainModel model) {
        List<YamlText.Entry> root = new ArrayList<>();
        root.add(entry("system", string(model.system())));
        root.add(entry("version", raw(Integer.toString(model.version()))));
        root.add(entry("domains", blockList(model.domains(), this::domain, Domain::location)));
        if (!model.services().isEmpty()) {
            root.add(entry("services", blockList(model.services(), this::service, Service::location)));
        }
        if (!model.dependencies().isEmpty()) {
            root.add(entry("dependencies", blockList(model.dependencies(), ModelWriter::dependency,
                    Dependency::location)));
        }
        if (!model.useCases().isEmpty()) {
            root.add(entry("useCases", blockList(model.useCases(), ModelWriter::useCase, UseCase::location)));
        }
        if (!model.components().isEmpty()) {
            root.add(entry("components", blockList(model.components(), ModelWriter::component,
                    Component::location)));
        }
        return YamlText.write(new YamlText.Mapping(root, true));
    }

    private YamlText.Value domain(Domain domain) {
        List<YamlText.Entry> entries = new ArrayList<>();
        entries.add(entry("name", string(domain.name())));
        if (!domain.description().isEmpty()) {
            entries.add(entry("description", string(domain.description())));
        }
        entries.add(entry("contexts", blockList(domain.contexts(), this::context, BoundedContext::location)));
        return new YamlText.Mapping(entries, true);
    }

    private YamlText.Value context(BoundedContext context) {
        List<YamlText.Entry> entries = new ArrayList<>();
        entries.add(entry("name", string(context.name())));
        if (!context.entities().isEmpty()) {
            entries.add(entry("entities", blockList(context.entities(), ModelWriter::entity, Entity::location)));
        }
        return new YamlText.Mapping(entries, true);
    }

    private static YamlText.Value entity(Entity entity) {
        List<YamlText.Entry> entries = new ArrayList<>();
        entries.add(entry("name", string(entity.name())));
        entries.add(entry("kind", yamlEnum(entity.kind())));
        entity.aggregate().ifPresent(a -> entries.add(entry("aggregate", string(a))));
        if (!entity.attributes().isEmpty()) {
            entries.add(entry("attributes", new YamlText.Mapping(entity.attributes().stream()
                    .map(a -> entry(a.name(), string(a.type().toString()))).toList(), false)));
        }
        names(entries, "references", entity.references());
        if (!entity.characteristics().isEmpty()) {
            entries.add(entry("characteristics", characteristics(entity.characteristics())));
        }
        entity.securityZone().ifPresent(z -> entries.add(entry("securityZone", string(z))));
        return new YamlText.Mapping(entries, false);
    }

    private static YamlText.Value characteristics(Characteristics c) {
        List<YamlText.Entry> entries = new ArrayList<>();
        c.structuralVolatility().ifPresent(v -> entries.add(entry("structuralVolatility", yamlEnum(v))));
        c.contentVolatility().ifPresent(v -> entries.add(entry("contentVolatility", yamlEnum(v))));
        c.consistency().ifPresent(v -> entries.add(entry("consistency", yamlEnum(v))));
        c.availability().ifPresent(v -> entries.add(entry("availability", yamlEnum(v))));
        c.storage().ifPresent(v -> entries.add(entry("storage", yamlEnum(v))));
        c.security().ifPresent(v -> entries.add(entry("security", yamlEnum(v))));
        return new YamlText.Mapping(entries, false);
    }

    private YamlText.Value service(Service service) {
        List<YamlText.Entry> entries = new ArrayList<>();
        entries.add(entry("name", string(service.name())));
        entries.add(entry("context", string(service.context())));
        service.team().ifPresent(t -> entries.add(entry("team", string(t))));
        service.complexity().ifPresent(c -> entries.add(entry("complexity", number(c))));
        entries.add(entry("owns", strings(service.owns())));
        if (!service.endpoints().isEmpty()) {
            entries.add(entry("endpoints", blockList(service.endpoints(), ModelWriter::endpoint, Endpoint::location)));
        }
        if (!service.consumes().isEmpty()) {
            entries.add(entry("consumes", blockList(service.consumes().stream().map(ModelWriter::subscription).toList())));
        }
        if (!service.deployment().equals(Deployment.DEFAULT)) {
            Deployment d = service.deployment();
            entries.add(entry("deployment", new YamlText.Mapping(List.of(
                    entry("instances", number(d.instances())), entry("workers", number(d.workers())),
                    entry("queue", number(d.queue()))), false)));
        }
        return new YamlText.Mapping(entries, true);
    }

    private static YamlText.Value endpoint(Endpoint endpoint) {
        List<YamlText.Entry> entries = new ArrayList<>();
        entries.add(entry("name", string(endpoint.name())));
        entries.add(entry("method", yamlEnum(endpoint.method())));
        entries.add(entry("path", string(endpoint.path())));
        names(entries, "reads", endpoint.reads());
        names(entries, "writes", endpoint.writes());
        endpoint.serviceTime().ifPresent(d -> entries.add(entry("serviceTime", distribution(d))));
        if (!endpoint.calls().isEmpty()) {
            entries.add(entry("calls", blockList(endpoint.calls().stream().map(ModelWriter::call).toList())));
        }
        if (endpoint.publishRules().isEmpty()) {
            names(entries, "publishes", endpoint.publishes());
        } else {
            entries.add(entry("publishes", new YamlText.Sequence(endpoint.publishes().stream()
                    .map(event -> publication(event, endpoint.publishRule(event))).toList(), false)));
        }
        endpoint.cache().ifPresent(c -> entries.add(entry("cache",
                new YamlText.Mapping(List.of(entry("hitRatio", number(c.hitRatio()))), false))));
        return new YamlText.Mapping(entries, false);
    }

    private static YamlText.Value call(Call call) {
        List<YamlText.Entry> entries = new ArrayList<>();
        entries.add(entry("service", string(call.service())));
        entries.add(entry("endpoint", string(call.endpoint())));
        if (call.mode() != CallMode.SYNC) {
            entries.add(entry("mode", yamlEnum(call.mode())));
        }
        if (call.probability() != 1.0) {
            entries.add(entry("probability", number(call.probability())));
        }
        if (call.parallel()) {
            entries.add(entry("parallel", raw("true")));
        }
        call.timeout().ifPresent(t -> entries.add(entry("timeout", duration(t))));
        return new YamlText.Mapping(entries, false);
    }

    /** An event with its rule: its bare name when it is the default. */
    private static YamlText.Value publication(String event, PublishRule rule) {
        if (rule.isDefault()) {
            return string(event);
        }
        List<YamlText.Entry> entries = new ArrayList<>();
        entries.add(entry("event", string(event)));
        if (rule.when() != PublishRule.When.SUCCESS) {
            entries.add(entry("when", yamlEnum(rule.when())));
        }
        if (rule.probability() != 1.0) {
            entries.add(entry("probability", number(rule.probability())));
        }
        return new YamlText.Mapping(entries, false);
    }

    private static YamlText.Value subscription(Subscription subscription) {
        return new YamlText.Mapping(List.of(entry("event", string(subscription.event())),
                entry("endpoint", string(subscription.endpoint()))), false);
    }

    private static YamlText.Value dependency(Dependency dependency) {
        return new YamlText.Mapping(List.of(entry("from", string(dependency.from())),
                entry("to", string(dependency.to())), entry("protocol", yamlEnum(dependency.protocol()))), false);
    }

    private static YamlText.Value useCase(UseCase useCase) {
        List<YamlText.Entry> entries = new ArrayList<>();
        entries.add(entry("name", string(useCase.name())));
        names(entries, "reads", useCase.reads());
        names(entries, "writes", useCase.writes());
        if (useCase.latencyCritical()) {
            entries.add(entry("latencyCritical", raw("true")));
        }
        return new YamlText.Mapping(entries, false);
    }

    private static YamlText.Value component(Component component) {
        List<YamlText.Entry> entries = new ArrayList<>();
        entries.add(entry("name", string(component.name())));
        entries.add(entry("kind", yamlEnum(component.kind())));
        entries.add(entry("uses", new YamlText.Mapping(component.uses().entrySet().stream()
                .map(u -> entry(u.getKey(), number(u.getValue()))).toList(), false)));
        component.service().ifPresent(s -> entries.add(entry("service", string(s))));
        names(entries, "links", List.copyOf(component.links()));
        component.pkg().ifPresent(p -> entries.add(entry("package", string(p))));
        return new YamlText.Mapping(entries, false);
    }

    /** The {@code {dist: ...}} form of every kind; the mean/cv lognormal is written as median and p99. */
    public static YamlText.Value distribution(Distribution distribution) {
        List<YamlText.Entry> entries = new ArrayList<>();
        entries.add(entry("dist", raw(distribution.kind())));
        if (distribution instanceof Constant d) {
            entries.add(entry("value", duration(d.value())));
        } else if (distribution instanceof Exponential d) {
            entries.add(entry("mean", duration(d.mean())));
        } else if (distribution instanceof Uniform d) {
            entries.add(entry("min", duration(d.min())));
            entries.add(entry("max", duration(d.max())));
        } else if (distribution instanceof LogNormal d) {
            entries.add(entry("median", duration(d.median())));
            entries.add(entry("p99", duration(d.p99())));
        } else if (distribution instanceof Gamma d) {
            entries.add(entry("mean", duration(d.mean())));
            entries.add(entry("cv", number(d.cv())));
        } else if (distribution instanceof Erlang d) {
            entries.add(entry("k", number(d.k())));
            entries.add(entry("mean", duration(d.mean())));
        } else if (distribution instanceof HyperExponential d) {
            entries.add(entry("mean", duration(d.mean())));
            entries.add(entry("scv", number(d.scv())));
        } else if (distribution instanceof Normal d) {
            entries.add(entry("mean", duration(d.mean())));
            entries.add(entry("sd", duration(d.sd())));
        } else if (distribution instanceof Empirical d) {
            entries.add(entry("points", new YamlText.Sequence(d.points().stream()
                    .<YamlText.Value>map(p -> new YamlText.Sequence(List.of(number(p.quantile()), duration(p.value())), false))
                    .toList(), false)));
        }
        return new YamlText.Mapping(entries, false);
    }

    /**
     * The readable spelling ({@code 1.5s}, {@code 750us}) when it reads back exactly, otherwise
     * the exact number of seconds ({@code 0.0044721359549995794s}).
     */
    public static YamlText.Scalar duration(Duration duration) {
        String readable = duration.toString();
        if (Duration.parse(readable).seconds() == duration.seconds()) {
            return raw(readable);
        }
        return raw(new BigDecimal(Double.toString(duration.seconds())).toPlainString() + "s");
    }

    private static void names(List<YamlText.Entry> entries, String key, List<String> names) {
        if (!names.isEmpty()) {
            entries.add(entry(key, strings(names)));
        }
    }

    private static YamlText.Scalar yamlEnum(YamlEnum value) {
        return raw(value.yamlName());
    }

    private static YamlText.Sequence blockList(List<YamlText.Value> items) {
        return new YamlText.Sequence(items, true);
    }

    /** Each element written by {@code writer}, with the comment {@link #comments} gives for its location. */
    private <T> YamlText.Sequence blockList(List<T> elements, Function<T, YamlText.Value> writer,
                                            Function<T, SourceLocation> location) {
        List<YamlText.Value> items = new ArrayList<>(elements.size());
        for (T element : elements) {
            YamlText.Value value = writer.apply(element);
            Optional<String> comment = comments.above(location.apply(element));
            items.add(comment.<YamlText.Value>map(c -> new YamlText.Commented(c, value)).orElse(value));
        }
        return blockList(items);
    }

    private static YamlText.Entry entry(String key, YamlText.Value value) {
        return new YamlText.Entry(key, value);
    }
}
