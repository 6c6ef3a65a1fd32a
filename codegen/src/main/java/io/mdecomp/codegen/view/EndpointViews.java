package io.mdecomp.codegen.view;

import io.mdecomp.model.Call;
import io.mdecomp.model.Endpoint;
import io.mdecomp.model.Service;
import io.mdecomp.model.Subscription;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Builds the views of a service's endpoints and event handlers, with what their calls pass on. */
final class EndpointViews {

    private EndpointViews() {
    }

    /**
     * The endpoints of {@code service}, in model order. {@code shapes} holds every endpoint of the
     * model by {@code Service.endpoint}.
     */
    static List<EndpointView> of(Service service, Map<String, String> declared, List<EntityView> entities,
                                 List<ClientView> clients, Map<String, EventView> events, Map<String, EndpointShape> shapes) {
        List<EndpointView> views = new ArrayList<>();
        for (Endpoint endpoint : service.endpoints()) {
            EndpointShape shape = shapes.get(service.name() + "." + endpoint.name());
            String written = endpoint.writes().stream().filter(declared::containsKey).findFirst().map(declared::get).orElse("");
            String read = endpoint.reads().stream().filter(declared::containsKey).findFirst().map(declared::get).orElse("");
            String response = !written.isEmpty() ? written : !read.isEmpty() ? read : "Reply";
            List<CallView> calls = new ArrayList<>();
            for (Call call : endpoint.calls()) {
                calls.add(call(call, calls.size() + 1, shape.identifiers(), clients, shapes));
            }
            // an event published only on failure or with a probability stands for a business condition
            // the model does not state: the generated endpoint leaves it to the hand-written code
            List<EventView> publishes = endpoint.publishes().stream().distinct()
                    .filter(event -> endpoint.publishRule(event).isDefault()).map(events::get).toList();
            List<PublicationView> publications = new ArrayList<>();
            for (EventView event : publishes) {
                List<ArgumentView> fields = new ArrayList<>();
                for (EventFieldView field : event.fields()) {
                    fields.add(shape.identifiers().eventArgument(field));
                }
                publications.add(new PublicationView(event, fields));
            }
            String requestSample = entities.stream().filter(e -> e.className().equals(shape.requestType())).findFirst()
                    .map(EntityView::sampleJson).orElse("");
            views.add(new EndpointView(endpoint.name(), shape.methodName(), endpoint.method().yamlName(), endpoint.path(),
                    shape.path().pattern(), shape.path().sample(), shape.pathParams(), shape.requestType(), response,
                    requestSample, endpoint.reads(), endpoint.writes(), calls, publishes,
                    ClientViews.isIdempotent(endpoint.method()), shape.identifiers().values(), publications));
        }
        return views;
    }

    private static CallView call(Call call, int index, Identifiers identifiers, List<ClientView> clients,
                                 Map<String, EndpointShape> shapes) {
        ClientView client = clients.stream().filter(c -> c.service().equals(call.service())).findFirst().orElseThrow();
        OperationView operation = client.operations().stream().filter(o -> o.name().equals(call.endpoint()))
                .findFirst().orElseThrow();
        EndpointShape callee = shapes.get(call.target());
        List<ArgumentView> arguments = new ArrayList<>();
        for (PathParamView param : operation.pathParams()) {
            arguments.add(identifiers.pathArgument(param.name(), param.javaName(), callee.endpoint()));
        }
        List<ArgumentView> body = new ArrayList<>();
        if (operation.hasBody()) {
            for (FieldView field : callee.requestFields()) {
                identifiers.bodyArgument(field, callee.endpoint()).ifPresent(body::add);
            }
        }
        return new CallView(call.service(), call.endpoint(), client.fieldName(), operation.methodName(), call.isSync(),
                call.probability(), call.parallel(), index, operation.idempotent(), operation.hasBody(), arguments, body);
    }

    /** The event handlers of {@code service}, in model order. */
    static List<ConsumerView> consumers(Service service, List<EndpointView> endpoints, Map<String, EventView> events,
                                        Map<String, EndpointShape> shapes) {
        List<ConsumerView> consumers = new ArrayList<>();
        Set<String> handlers = new TreeSet<>();
        for (Subscription subscription : service.consumes()) {
            EventView event = events.get(subscription.event());
            EndpointShape handler = shapes.get(service.name() + "." + subscription.endpoint());
            String endpointMethod = endpoints.stream().filter(e -> e.name().equals(subscription.endpoint()))
                    .map(EndpointView::methodName).findFirst().orElse("");
            String name = "on" + event.className();
            int suffix = 2;
            while (!handlers.add(name)) {
                name = "on" + event.className() + suffix++;
            }
            Identifiers identifiers = Identifiers.ofEvent(event.fields());
            List<ArgumentView> arguments = new ArrayList<>();
            for (PathParamView param : handler.pathParams()) {
                arguments.add(identifiers.pathArgument(param.name(), param.javaName(), handler.endpoint()));
            }
            List<ArgumentView> body = new ArrayList<>();
            for (FieldView field : handler.requestFields()) {
                identifiers.bodyArgument(field, handler.endpoint()).ifPresent(body::add);
            }
            consumers.add(new ConsumerView(event, name, subscription.endpoint(), endpointMethod, arguments, body,
                    !handler.requestType().isEmpty(), ClientViews.isIdempotent(handler.endpoint().method())));
        }
        return consumers;
    }
}
