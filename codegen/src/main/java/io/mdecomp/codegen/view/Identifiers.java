package io.mdecomp.codegen.view;

import io.mdecomp.model.Endpoint;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The identifiers a request carries and how they fill the slots of calls and events, by name:
 *
 * <ul>
 *   <li>A request's identifiers are its path variables and the identifier properties of its body:
 *       {@code id}, names ending in {@code Id}, and properties of type {@code uuid} or of an entity
 *       of another service. Its own {@code id} is known to others as {@code <entity>Id}, the
 *       entity being the endpoint's subject (the first it writes, else the first it reads):
 *       an order's {@code id} fills a payment's {@code orderId}.</li>
 *   <li>A slot {@code x} takes the identifier named {@code x}; a slot {@code id} takes
 *       {@code <entity>Id} of the callee endpoint's subject ({@code /customers/{id}} takes
 *       {@code customerId}), or the request's {@code id} when both have the same subject.</li>
 *   <li>A path variable nothing matches takes the request's first identifier (marked
 *       {@link ArgumentView#guessed()}), or a new one when it has none; a body property nothing
 *       matches is left out.</li>
 * </ul>
 */
final class Identifiers {

    private final Map<String, ValueView> byName;
    private final String subject;

    private Identifiers(Map<String, ValueView> byName, String subject) {
        this.byName = byName;
        this.subject = subject;
    }

    /** Java names the generated endpoint methods use themselves, which locals must not take. */
    private static final List<String> RESERVED_LOCALS = List.of("body", "idempotencyKey", "request", "events",
            "response", "result", "event", "keys");

    /**
     * The identifiers of a request to {@code endpoint}: path variables (read from the method's
     * parameters), then body identifiers (each read into a local of its own).
     */
    static Identifiers of(Endpoint endpoint, List<PathParamView> pathParams, List<FieldView> bodyFields) {
        String subject = subjectOf(endpoint);
        Map<String, ValueView> values = new LinkedHashMap<>();
        List<String> taken = new ArrayList<>(RESERVED_LOCALS);
        for (PathParamView param : pathParams) {
            String name = known(param.name(), subject);
            if (!values.containsKey(name)) {
                values.put(name, new ValueView(name, param.javaName(), "path", param.javaName(), ""));
            }
            taken.add(param.javaName());
        }
        for (FieldView field : bodyFields) {
            String name = known(field.name(), subject);
            if (isIdentifier(field) && !values.containsKey(name)) {
                String local = fresh(local(name), taken);
                values.put(name, new ValueView(name, local, "body", field.name(), field.javaName()));
            }
        }
        return new Identifiers(values, subject);
    }

    /** The identifiers an event brings to the endpoint handling it, each a field of the event. */
    static Identifiers ofEvent(List<EventFieldView> fields) {
        Map<String, ValueView> values = new LinkedHashMap<>();
        for (EventFieldView field : fields) {
            values.putIfAbsent(field.name(), new ValueView(field.name(), field.javaName(), "event",
                    field.javaName(), ""));
        }
        return new Identifiers(values, "");
    }

    private static String fresh(String candidate, List<String> taken) {
        String name = candidate;
        int suffix = 2;
        while (taken.contains(name)) {
            name = candidate + suffix++;
        }
        taken.add(name);
        return name;
    }

    /** In declaration order. */
    List<ValueView> values() {
        return List.copyOf(byName.values());
    }

    /** What fills the path variable {@code name} of a call to {@code callee}: always something. */
    ArgumentView pathArgument(String name, String javaName, Endpoint callee) {
        Optional<ValueView> match = match(name, subjectOf(callee));
        if (match.isPresent()) {
            return ArgumentView.of(name, javaName, match.get(), false);
        }
        if (byName.isEmpty()) {
            return new ArgumentView(name, javaName, "", "", "", true);
        }
        return ArgumentView.of(name, javaName, byName.values().iterator().next(), true);
    }

    /** What fills the body property {@code field} of a call to {@code callee}, when something does. */
    Optional<ArgumentView> bodyArgument(FieldView field, Endpoint callee) {
        if (!isIdentifier(field)) {
            return Optional.empty();
        }
        return match(field.name(), subjectOf(callee))
                .map(v -> ArgumentView.of(field.name(), field.javaName(), v, false));
    }

    /** What fills the event field {@code field}: this request's identifier of that name, if any. */
    ArgumentView eventArgument(EventFieldView field) {
        ValueView value = byName.get(field.name());
        return value == null ? new ArgumentView(field.name(), field.javaName(), "", "", "", false)
                : ArgumentView.of(field.name(), field.javaName(), value, false);
    }

    /** The event fields this request fills: its identifiers, by the names others know them by. */
    List<String> names() {
        return List.copyOf(byName.keySet());
    }

    private Optional<ValueView> match(String slot, String calleeSubject) {
        String wanted = known(slot, calleeSubject);
        ValueView value = byName.get(wanted);
        if (value == null && slot.equals("id") && !subject.isEmpty() && subject.equals(calleeSubject)) {
            value = byName.get(known("id", subject));
        }
        if (value == null && !wanted.equals(slot)) {
            value = byName.get(slot);
        }
        return Optional.ofNullable(value);
    }

    /** {@code id} as others know it ({@code orderId}); any other name as it is. */
    private static String known(String name, String subject) {
        return name.equals("id") && !subject.isEmpty() ? subject + "Id" : name;
    }

    /** The endpoint's subject entity as a member name ({@code order}), or empty. */
    static String subjectOf(Endpoint endpoint) {
        String entity = !endpoint.writes().isEmpty() ? endpoint.writes().get(0)
                : !endpoint.reads().isEmpty() ? endpoint.reads().get(0) : "";
        return entity.isEmpty() ? "" : Names.memberName(entity, "entity");
    }

    static boolean isIdentifier(FieldView field) {
        if (field.list()) {
            return false;
        }
        String name = field.name();
        return name.equals("id") || (name.length() > 2 && name.endsWith("Id")) || name.toLowerCase(Locale.ROOT).endsWith("_id")
                || field.modelType().equals("uuid") || field.foreign();
    }

    private static String local(String name) {
        return Names.memberName(name, "value");
    }

    /** The fields of an event: its publishers' identifiers, in order of first appearance. */
    static List<EventFieldView> eventFields(List<List<String>> publisherNames) {
        Map<String, EventFieldView> fields = new LinkedHashMap<>();
        List<String> reserved = List.of("eventId", "source");
        for (List<String> names : publisherNames) {
            for (String name : names) {
                if (!reserved.contains(name)) {
                    fields.putIfAbsent(name, null);
                }
            }
        }
        List<String> names = new ArrayList<>(fields.keySet());
        List<String> javaNames = Names.unique(new ArrayList<>(names.stream().map(Identifiers::local).toList()));
        List<EventFieldView> result = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            result.add(new EventFieldView(names.get(i), javaNames.get(i)));
        }
        return result;
    }
}
