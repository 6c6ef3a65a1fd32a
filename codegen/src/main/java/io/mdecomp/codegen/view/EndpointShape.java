package io.mdecomp.codegen.view;

import io.mdecomp.model.Endpoint;
import io.mdecomp.model.HttpMethod;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the views of an endpoint and of the calls to it need to know first: its Java method name,
 * path variables, request record and fields, and the identifiers its requests carry.
 *
 * @param endpoint      the model's endpoint
 * @param methodName    its Java method name
 * @param path          its path taken apart
 * @param pathParams    its path variables
 * @param requestType   the record its body carries, or empty
 * @param requestFields that record's fields (empty without a body)
 * @param identifiers   the identifiers its requests carry
 */
record EndpointShape(Endpoint endpoint, String methodName, PathTemplate path, List<PathParamView> pathParams,
                     String requestType, List<FieldView> requestFields, Identifiers identifiers) {

    /** The shape of {@code endpoint}, a method of a service declaring {@code entities} ({@code declared}: model name → record). */
    static EndpointShape of(Endpoint endpoint, String methodName, Map<String, String> declared, List<EntityView> entities) {
        PathTemplate path = PathTemplate.parse(endpoint.path());
        List<String> paramNames = Names.unique(path.variables().stream().map(v -> Names.memberName(v, "param")).toList());
        List<PathParamView> params = new ArrayList<>();
        for (int p = 0; p < paramNames.size(); p++) {
            params.add(new PathParamView(path.variables().get(p), paramNames.get(p)));
        }
        boolean hasBody = endpoint.method() == HttpMethod.POST || endpoint.method() == HttpMethod.PUT
                || endpoint.method() == HttpMethod.PATCH;
        String written = endpoint.writes().stream().filter(declared::containsKey).findFirst().map(declared::get).orElse("");
        String requestType = hasBody ? written : "";
        List<FieldView> fields = entities.stream().filter(e -> e.className().equals(requestType)).findFirst()
                .map(EntityView::fields).orElse(List.of());
        return new EndpointShape(endpoint, methodName, path, params, requestType, fields,
                Identifiers.of(endpoint, params, fields));
    }
}
