package io.mdecomp.analysis.placement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mdecomp.analysis.evaluate.AssignmentCsv;
import io.mdecomp.analysis.evaluate.ComponentKey;
import io.mdecomp.model.Component;
import io.mdecomp.model.ComponentKind;
import io.mdecomp.model.diagnostic.MdecompException;
import io.mdecomp.model.diagnostic.SourceLocation;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class ComponentPlacerTest {

    private static final Map<String, String> OWNER = Map.of("Owner", "Owners", "Pet", "Owners", "Visit", "Visits",
            "Vet", "Vets");

    private static Component component(String name, ComponentKind kind, Map<String, Integer> uses) {
        return new Component(name, kind, new TreeMap<>(uses), Optional.empty(), SourceLocation.UNKNOWN);
    }

    @Test
    void placesEachComponentWithTheServiceWhoseEntitiesItUsesMost() {
        List<Placement> placements = ComponentPlacer.place(List.of(
                // Owners: Owner 2 + Pet 2 = 4 against Visits 3
                component("OwnerController", ComponentKind.CLASS, Map.of("Owner", 2, "Pet", 2, "Visit", 3)),
                // 2 against 2: a tie is shared, not guessed
                component("VisitController", ComponentKind.CLASS, Map.of("Pet", 2, "Visit", 2)),
                component("StringUtils", ComponentKind.CLASS, Map.of()),
                component("visits", ComponentKind.TABLE, Map.of("Visit", 1)),
                component("vetList", ComponentKind.VIEW, Map.of("Vet", 3))), OWNER);
        assertThat(placements).containsExactly(
                new Placement("OwnerController", ComponentKind.CLASS, Optional.of("Owners"), Placement.Reason.MOST_USE,
                        List.of()),
                new Placement("VisitController", ComponentKind.CLASS, Optional.empty(), Placement.Reason.TIE,
                        List.of("Owners", "Visits")),
                new Placement("StringUtils", ComponentKind.CLASS, Optional.empty(), Placement.Reason.NO_ENTITY, List.of()),
                new Placement("visits", ComponentKind.TABLE, Optional.of("Visits"), Placement.Reason.MOST_USE, List.of()),
                new Placement("vetList", ComponentKind.VIEW, Optional.of("Vets"), Placement.Reason.MOST_USE, List.of()));
    }

    @Test
    void entitiesNoServiceOwnsDoNotCount() {
        List<Placement> placements = ComponentPlacer.place(List.of(
                component("Audit", ComponentKind.CLASS, Map.of("Log", 9))), OWNER);
        assertThat(placements.get(0).reason()).isEqualTo(Placement.Reason.NO_ENTITY);
    }

    @Test
    void writesCsvThatEvaluateReadsBack() {
        List<Placement> placements = List.of(
                new Placement("OwnerController", ComponentKind.CLASS, Optional.of("Owners, Pets"),
                        Placement.Reason.MOST_USE, List.of()),
                new Placement("StringUtils", ComponentKind.CLASS, Optional.empty(), Placement.Reason.NO_ENTITY, List.of()),
                new Placement("visits", ComponentKind.TABLE, Optional.of("Visits"), Placement.Reason.MOST_USE, List.of()));
        String csv = ComponentCsv.write(placements);
        assertThat(csv).isEqualTo("""
                component,kind,service
                OwnerController,class,"Owners, Pets"
                StringUtils,class,C
                visits,table,Visits
                """);
        assertThat(AssignmentCsv.parse("c.csv", csv).asMap()).containsExactly(
                Map.entry(new ComponentKey(ComponentKind.CLASS, "OwnerController"), "Owners, Pets"),
                Map.entry(new ComponentKey(ComponentKind.CLASS, "StringUtils"), "C"),
                Map.entry(new ComponentKey(ComponentKind.TABLE, "visits"), "Visits"));
    }

    @Test
    void refusesServiceNamesTheCsvReservesForSharedAndUnused() {
        assertThatThrownBy(() -> ComponentCsv.write(List.of(new Placement("X", ComponentKind.CLASS, Optional.of("C"),
                Placement.Reason.MOST_USE, List.of()))))
                .isInstanceOf(MdecompException.class)
                .hasMessage("service 'C' cannot be written to a components CSV, where 'C' means shared; rename the service");
    }
}
