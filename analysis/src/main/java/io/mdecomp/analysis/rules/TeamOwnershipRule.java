package io.mdecomp.analysis.rules;

import io.mdecomp.model.Service;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * MD014: a team owns more services than the threshold (default 4; subject: the team), or a service
 * has no team (subject: the service).
 */
final class TeamOwnershipRule implements Rule {

    @Override
    public RuleId id() {
        return RuleId.MD014;
    }

    @Override
    public List<Violation> check(RuleInput input, double threshold) {
        Map<String, List<Service>> byTeam = new TreeMap<>();
        List<Violation> result = new ArrayList<>();
        for (Service service : input.context().model().services()) {
            if (service.team().isPresent()) {
                byTeam.computeIfAbsent(service.team().get(), k -> new ArrayList<>()).add(service);
            } else {
                result.add(Violation.of("service '" + service.name() + "' has no team: nobody is on call for it",
                        List.of(service.name()), service.location())
                        .recommending("set team: on " + service.name()));
            }
        }
        byTeam.forEach((team, services) -> {
            if (services.size() > threshold) {
                List<String> names = services.stream().map(Service::name).sorted().toList();
                result.add(Violation.of("team '" + team + "' owns " + services.size() + " services ("
                                + String.join(", ", names) + "), more than " + (int) threshold, List.of(team),
                        services.get(0).location())
                        .recommending("hand some of " + String.join(", ", names)
                                + " to another team, or merge the ones that change together"));
            }
        });
        return result;
    }
}
