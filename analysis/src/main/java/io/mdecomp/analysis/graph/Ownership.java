package io.mdecomp.analysis.graph;

import io.mdecomp.model.DomainModel;
import io.mdecomp.model.Entity;
import io.mdecomp.model.Service;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The current cut: which service each entity belongs to. An entity owned by several services
 * belongs to the first of them in declaration order (its <em>primary</em> owner; MD003 and MD005
 * report the conflicts); an entity no service owns belongs to none.
 */
public final class Ownership {

    private final Map<String, String> serviceOf;
    private final Map<String, List<String>> entitiesOf;
    private final Map<String, List<String>> allOwners;

    private Ownership(Map<String, String> serviceOf, Map<String, List<String>> entitiesOf,
                      Map<String, List<String>> allOwners) {
        this.serviceOf = serviceOf;
        this.entitiesOf = entitiesOf;
        this.allOwners = allOwners;
    }

    /** The ownership of {@code model}'s services. O(entities + owns). */
    public static Ownership of(DomainModel model) {
        Map<String, List<String>> owners = new LinkedHashMap<>();
        for (Service service : model.services()) {
            for (String entity : service.owns()) {
                List<String> list = owners.computeIfAbsent(entity, k -> new ArrayList<>());
                if (!list.contains(service.name())) {
                    list.add(service.name());
                }
            }
        }
        return of(model, owners);
    }

    /** An ownership given explicitly (entity → owning services, primary first). */
    public static Ownership of(DomainModel model, Map<String, List<String>> owners) {
        Map<String, String> serviceOf = new LinkedHashMap<>();
        Map<String, List<String>> entitiesOf = new TreeMap<>();
        for (Service service : model.services()) {
            entitiesOf.put(service.name(), new ArrayList<>());
        }
        Map<String, List<String>> all = new LinkedHashMap<>();
        model.entities().map(Entity::name).forEach(entity -> {
            List<String> list = owners.getOrDefault(entity, List.of());
            if (!list.isEmpty()) {
                serviceOf.put(entity, list.get(0));
                entitiesOf.computeIfAbsent(list.get(0), k -> new ArrayList<>()).add(entity);
                all.put(entity, List.copyOf(list));
            }
        });
        entitiesOf.replaceAll((k, v) -> List.copyOf(v));
        return new Ownership(Collections.unmodifiableMap(serviceOf), Collections.unmodifiableMap(entitiesOf),
                Collections.unmodifiableMap(all));
    }

    /** The primary owner of {@code entity}. */
    public Optional<String> serviceOf(String entity) {
        return Optional.ofNullable(serviceOf.get(entity));
    }

    /** Every service that owns {@code entity}, primary first. */
    public List<String> owners(String entity) {
        return allOwners.getOrDefault(entity, List.of());
    }

    /** The entities whose primary owner is {@code service}, in declaration order. */
    public List<String> entitiesOf(String service) {
        return entitiesOf.getOrDefault(service, List.of());
    }

    /** True when {@code service} is among {@code entity}'s owners. */
    public boolean owns(String service, String entity) {
        return owners(entity).contains(service);
    }
}
