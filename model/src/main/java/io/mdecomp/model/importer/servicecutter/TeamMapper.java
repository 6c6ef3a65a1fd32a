package io.mdecomp.model.importer.servicecutter;

import io.mdecomp.model.diagnostic.Diagnostic;
import io.mdecomp.model.diagnostic.Severity;
import io.mdecomp.model.importer.servicecutter.ServiceCutterDocuments.NamedGroup;
import io.mdecomp.model.importer.servicecutter.ServiceCutterDocuments.NanoRef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Maps Service Cutter's shared owner groups to the {@code team} of services: a service's team is
 * the owner group most of its entities belong to. Owner groups whose entities are in no service
 * (there is no other place for a team in the model) are reported as {@code unmapped}.
 */
final class TeamMapper {

    private final Function<NanoRef, Optional<String>> resolver;
    private final List<Diagnostic> unmapped;

    TeamMapper(Function<NanoRef, Optional<String>> resolver, List<Diagnostic> unmapped) {
        this.resolver = resolver;
        this.unmapped = unmapped;
    }

    /** Service name → team, for every service some owner group covers. */
    Map<String, String> teams(List<NamedGroup> ownerGroups, Map<String, String> serviceOf) {
        Map<String, String> ownerOf = new Plurality(resolver, unmapped).assign(ownerGroups, "shared owner group");
        Map<String, Map<String, Integer>> votes = new LinkedHashMap<>();
        Map<String, List<String>> homeless = new LinkedHashMap<>();
        for (Map.Entry<String, String> entry : ownerOf.entrySet()) {
            String service = serviceOf.get(entry.getKey());
            if (service == null) {
                homeless.computeIfAbsent(entry.getValue(), k -> new ArrayList<>()).add(entry.getKey());
            } else {
                votes.computeIfAbsent(service, k -> new LinkedHashMap<>()).merge(entry.getValue(), 1, Integer::sum);
            }
        }
        for (NamedGroup group : ownerGroups) {
            List<String> entities = homeless.get(group.name());
            if (entities != null) {
                unmapped.add(new Diagnostic(group.location(), Severity.WARNING, "shared owner group '" + group.name()
                        + "' covers entities in no service (" + String.join(", ", entities)
                        + "); a team can only be given to a service", "unmapped"));
            }
        }
        Map<String, String> teams = new LinkedHashMap<>();
        votes.forEach((service, byTeam) -> {
            String team = byTeam.entrySet().stream()
                    .reduce((a, b) -> b.getValue() > a.getValue() ? b : a).orElseThrow().getKey();
            teams.put(service, team);
            if (byTeam.size() > 1) {
                unmapped.add(new Diagnostic(ownerGroups.get(0).location(), Severity.WARNING, "service '" + service
                        + "' holds entities of several shared owner groups " + byTeam.keySet()
                        + "; its team is " + team, "unmapped"));
            }
        });
        return teams;
    }
}
