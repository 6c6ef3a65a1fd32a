package io.mdecomp.analysis.plan;

import static io.mdecomp.analysis.Fixtures.endpoint;
import static io.mdecomp.analysis.Fixtures.model;
import static io.mdecomp.analysis.Fixtures.root;
import static io.mdecomp.analysis.Fixtures.service;
import static org.assertj.core.api.Assertions.assertThat;

import io.mdecomp.model.DomainModel;
import io.mdecomp.model.Endpoint;
import io.mdecomp.model.Entity;
import io.mdecomp.model.Service;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** A recut applied to a model. */
class RecutTest {

    @Test
    void servicesMadeByASplitFollowTheirSourceInTheSplitsOrder() {
        List<Entity> entities = new ArrayList<>();
        List<Endpoint> endpoints = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            entities.add(root("A" + i, "Shop"));
            endpoints.add(endpoint("write" + i, List.of(), List.of("A" + i)));
            names.add("A" + i);
        }
        DomainModel model = model(entities, List.of(service("Before", "Shop", null, 0.5, List.of(),
                        new Endpoint[0]), service("Shop", "Shop", null, 0.9, names, endpoints.toArray(Endpoint[]::new)),
                service("After", "Shop", null, 0.5, List.of(), new Endpoint[0])));
        // the split's order is neither alphabetical nor any hash order: Shop keeps A0, then Z11 ... Z1
        Map<String, List<String>> owns = new LinkedHashMap<>();
        owns.put("Shop", List.of("A0"));
        for (int i = 11; i >= 1; i--) {
            owns.put("Z" + i, List.of("A" + i));
        }
        Map<String, String> base = new HashMap<>();
        Map<String, OptionalDouble> complexity = new HashMap<>();
        owns.keySet().forEach(name -> {
            base.put(name, "Shop");
            complexity.put(name, OptionalDouble.of(0.5));
        });
        Recut.Applied applied = new Recut(owns, base, complexity, Map.of()).apply(model);

        List<String> expected = new ArrayList<>(List.of("Before"));
        expected.addAll(owns.keySet());
        expected.add("After");
        assertThat(applied.model().services().stream().map(Service::name).toList()).isEqualTo(expected);
        assertThat(applied.model().services().get(5).endpoints()).extracting(Endpoint::name).containsExactly("write8");
    }
}
