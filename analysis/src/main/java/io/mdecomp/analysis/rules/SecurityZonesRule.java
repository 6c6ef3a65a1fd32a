package io.mdecomp.analysis.rules;

import io.mdecomp.model.Entity;
import io.mdecomp.model.Service;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** MD015: a service owns entities of different security zones. Subjects: service, zones (sorted). */
final class SecurityZonesRule implements Rule {

    @Override
    public RuleId id() {
        return RuleId.MD015;
    }

    @Override
    public List<Violation> check(RuleInput input, double threshold) {
        List<Violation> result = new ArrayList<>();
        for (Service service : input.context().model().services()) {
            Map<String, List<String>> byZone = new TreeMap<>();
            for (String owned : service.owns()) {
                input.context().index().entity(owned).flatMap(Entity::securityZone)
                        .ifPresent(zone -> byZone.computeIfAbsent(zone, k -> new ArrayList<>()).add(owned));
            }
            if (byZone.size() < 2) {
                continue;
            }
            List<String> subjects = new ArrayList<>();
            subjects.add(service.name());
            subjects.addAll(byZone.keySet());
            StringBuilder detail = new StringBuilder();
            byZone.forEach((zone, entities) -> detail.append(detail.length() == 0 ? "" : ", ").append(zone)
                    .append(" (").append(String.join(", ", entities)).append(')'));
            result.add(Violation.of("'" + service.name() + "' owns entities of " + byZone.size()
                            + " security zones: " + detail, subjects, service.location())
                    .recommending("give each zone its own service: split " + service.name() + " along "
                            + String.join(" / ", byZone.keySet())));
        }
        return result;
    }
}
