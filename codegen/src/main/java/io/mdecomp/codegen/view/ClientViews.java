package io.mdecomp.codegen.view;

import io.mdecomp.model.Call;
import io.mdecomp.model.Endpoint;
import io.mdecomp.model.HttpMethod;
import io.mdecomp.model.ModelIndex;
import io.mdecomp.model.Service;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;

/** Builds a service's typed clients, one per callee service, from its endpoints' calls. */
final class ClientViews {

    private ClientViews() {
    }

    /**
     * The clients of {@code service}, sorted by callee name, with the settings {@code policy} gives
     * (the model's timeout being the longest {@code timeout} among the calls to that callee); an
     * operation is async when every call to it is.
     */
    static List<ClientView> of(ModelIndex index, Service service, ServiceNames names, ResiliencePolicy policy) {
        Map<String, Map<String, List<Call>>> byCallee = new TreeMap<>();
        for (Endpoint endpoint : service.endpoints()) {
            for (Call call : endpoint.calls()) {
                byCallee.computeIfAbsent(call.service(), k -> new TreeMap<>())
                        .computeIfAbsent(call.endpoint(), k -> new ArrayList<>()).add(call);
            }
        }
        List<ClientView> clients = new ArrayList<>();
        for (Map.Entry<String, Map<String, List<Call>>> callee : byCallee.entrySet()) {
            Service target = index.service(callee.getKey()).orElseThrow(() ->
                    new IllegalArgumentException("unknown service " + callee.getKey()));
            List<String> endpointNames = List.copyOf(callee.getValue().keySet());
            List<String> methodNames = Names.unique(endpointNames.stream()
                    .map(n -> Names.memberName(n, "call")).toList());
            double timeoutSeconds = -1;
            for (List<Call> calls : callee.getValue().values()) {
                for (Call call : calls) {
                    if (call.timeout().isPresent()) {
                        timeoutSeconds = Math.max(timeoutSeconds, call.timeout().get().seconds());
                    }
                }
            }
            ResilienceView resilience = policy.resolve(service.name(), callee.getKey(), timeoutSeconds < 0
                    ? OptionalLong.empty() : OptionalLong.of(Math.max(1, Math.round(timeoutSeconds * 1000))));
            List<OperationView> operations = new ArrayList<>();
            for (int i = 0; i < endpointNames.size(); i++) {
                String endpointName = endpointNames.get(i);
                Endpoint endpoint = target.endpoint(endpointName).orElseThrow(() ->
                        new IllegalArgumentException("unknown endpoint " + callee.getKey() + "." + endpointName));
                List<Call> calls = callee.getValue().get(endpointName);
                boolean async = calls.stream().noneMatch(Call::isSync);
                PathTemplate path = PathTemplate.parse(endpoint.path());
                List<String> params = Names.unique(path.variables().stream()
                        .map(v -> Names.memberName(v, "param")).toList());
                List<PathParamView> paramViews = new ArrayList<>();
                for (int p = 0; p < params.size(); p++) {
                    paramViews.add(new PathParamView(path.variables().get(p), params.get(p)));
                }
                boolean idempotent = isIdempotent(endpoint.method());
                int attempts = idempotent || resilience.retry().nonIdempotent() ? resilience.retry().maxAttempts() : 1;
                operations.add(new OperationView(endpointName, methodNames.get(i), endpoint.method().yamlName(),
                        endpoint.path(), paramViews, async, idempotent, attempts, hasBody(endpoint.method())));
            }
            String className = names.className(callee.getKey()) + "Client";
            String artifactId = names.artifactId(callee.getKey());
            clients.add(new ClientView(callee.getKey(), className,
                    Character.toLowerCase(className.charAt(0)) + className.substring(1), artifactId,
                    ViewModelBuilder.FIRST_PORT + names.position(callee.getKey()),
                    "clients." + artifactId + ".url", Names.constant("clients-" + artifactId + "-url", "url"),
                    operations, resilience));
        }
        return clients;
    }

    /** GET, HEAD, OPTIONS, PUT and DELETE may be repeated without a second effect; POST and PATCH not. */
    static boolean isIdempotent(HttpMethod method) {
        return method != HttpMethod.POST && method != HttpMethod.PATCH;
    }

    /** POST, PUT and PATCH carry a request body. */
    static boolean hasBody(HttpMethod method) {
        return method == HttpMethod.POST || method == HttpMethod.PUT || method == HttpMethod.PATCH;
    }
}
