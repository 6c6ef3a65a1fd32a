package io.mdecomp.analysis.rules;

import io.mdecomp.model.Endpoint;
import io.mdecomp.model.Service;
import io.mdecomp.model.Subscription;
import io.mdecomp.model.diagnostic.SourceLocation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** MD013: an event published and never consumed, or consumed and never published. Subject: the event. */
final class OrphanEventRule implements Rule {

    @Override
    public RuleId id() {
        return RuleId.MD013;
    }

    @Override
    public List<Violation> check(RuleInput input, double threshold) {
        Map<String, String> publishedAt = new TreeMap<>();
        Map<String, SourceLocation> publishedLocation = new LinkedHashMap<>();
        Map<String, String> consumedBy = new TreeMap<>();
        Map<String, SourceLocation> consumedLocation = new LinkedHashMap<>();
        for (Service service : input.context().model().services()) {
            for (Endpoint endpoint : service.endpoints()) {
                for (String event : endpoint.publishes()) {
                    publishedAt.putIfAbsent(event, service.name() + "." + endpoint.name());
                    publishedLocation.putIfAbsent(event, endpoint.location());
                }
            }
            for (Subscription subscription : service.consumes()) {
                consumedBy.putIfAbsent(subscription.event(), service.name());
                consumedLocation.putIfAbsent(subscription.event(), subscription.location());
            }
        }
        List<Violation> result = new ArrayList<>();
        publishedAt.forEach((event, where) -> {
            if (!consumedBy.containsKey(event)) {
                result.add(Violation.of("event '" + event + "' is published by " + where + " but no service consumes it",
                        List.of(event), publishedLocation.get(event))
                        .recommending("stop publishing " + event + " or add the consumer that needs it"));
            }
        });
        consumedBy.forEach((event, who) -> {
            if (!publishedAt.containsKey(event)) {
                result.add(Violation.of("event '" + event + "' is consumed by " + who + " but no endpoint publishes it",
                        List.of(event), consumedLocation.get(event))
                        .recommending("add " + event + " to the publishes of the endpoint that causes it, or drop "
                                + who + "'s subscription"));
            }
        });
        return result;
    }
}
