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

    private static Component linked(String name, ComponentKind kind, Map<String, Integer> uses, String pkg,
                                    String... links) {
        return new Component(name, kind, new TreeMap<>(uses), Optional.empty(), new java.util.TreeSet<>(List.of(links)),
                Optional.ofNullable(pkg), SourceLocation.UNKNOWN);
    }

    private static Map<String, String> placed(List<Placement> placements) {
        Map<String, String> out = new TreeMap<>();
        placements.forEach(p -> out.put(p.component(), p.service().orElse("-") + " by " + p.reason().word()));
        return out;
    }

    @Test
    void placesAClassThatUsesNoEntityByTheClassesItLinksToAndThatLinkToIt() {
        List<Placement> placements = ComponentPlacer.place(List.of(
                linked("OwnerController", ComponentKind.CLASS, Map.of("Owner", 5), "web", "OwnerForm", "DateFormat"),
                linked("VetController", ComponentKind.CLASS, Map.of("Vet", 5), "web", "DateFormat"),
                // used by the owner controller only: follows it
                linked("OwnerForm", ComponentKind.CLASS, Map.of(), "web"),
                // calls a class that follows the owner controller: placed in a later round
                linked("FormHelper", ComponentKind.CLASS, Map.of(), "util", "OwnerForm"),
                // used by both controllers evenly: neither has more than half, and no other
                // class of its package is placed: shared
                linked("DateFormat", ComponentKind.CLASS, Map.of(), "text"),
                linked("Clock", ComponentKind.CLASS, Map.of(), "web", "VetController"),
                // a view that uses no entity, rendered by the vet controller
                linked("vetPage", ComponentKind.VIEW, Map.of(), null, "VetController"),
                linked("PetController", ComponentKind.CLASS, Map.of(), "web", "OwnerController")), OWNER);
        assertThat(placed(placements)).containsExactly(
                Map.entry("Clock", "Vets by links"),
                Map.entry("DateFormat", "- by no-entity"),
                Map.entry("FormHelper", "Owners by links"),
                Map.entry("OwnerController", "Owners by uses"),
                Map.entry("OwnerForm", "Owners by links"),
                Map.entry("PetController", "Owners by links"),
                Map.entry("VetController", "Vets by uses"),
                Map.entry("vetPage", "Vets by links"));
    }

    @Test
    void placesAClassThatItsLinksDoNotSettleWithTheMajorityOfItsPackage() {
        List<Placement> placements = ComponentPlacer.place(List.of(
                linked("PingServlet", ComponentKind.CLASS, Map.of(), "bench"),
                linked("PingHelper", ComponentKind.CLASS, Map.of(), "other", "PingServlet"),
                linked("PingEntity", ComponentKind.CLASS, Map.of("Vet", 1), "bench"),
                linked("PingJdbc", ComponentKind.CLASS, Map.of("Vet", 2), "bench"),
                linked("PingVisit", ComponentKind.CLASS, Map.of("Visit", 2), "bench"),
                linked("Lonely", ComponentKind.CLASS, Map.of(), "lonely"),
                linked("Split", ComponentKind.CLASS, Map.of(), "split"),
                linked("SplitA", ComponentKind.CLASS, Map.of("Vet", 1), "split"),
                linked("SplitB", ComponentKind.CLASS, Map.of("Visit", 1), "split"),
                linked("NoPackage", ComponentKind.CLASS, Map.of(), null),
                linked("ties", ComponentKind.TABLE, Map.of("Vet", 1, "Visit", 1), null)), OWNER);
        assertThat(placed(placements)).containsExactly(
                Map.entry("Lonely", "- by no-entity"),
                Map.entry("NoPackage", "- by no-entity"),
                Map.entry("PingEntity", "Vets by uses"),
                Map.entry("PingHelper", "Vets by links"),
                Map.entry("PingJdbc", "Vets by uses"),
                // two of the three placed classes of its package are with Vets
                Map.entry("PingServlet", "Vets by package"),
                Map.entry("PingVisit", "Visits by uses"),
                Map.entry("Split", "- by no-entity"),
                Map.entry("SplitA", "Vets by uses"),
                Map.entry("SplitB", "Visits by uses"),
                Map.entry("ties", "- by tie"));
    }

    @Test
    void theOrderOfTheComponentsDoesNotChangeWhereTheyGo() {
        List<Component> components = new java.util.ArrayList<>(List.of(
                linked("A", ComponentKind.CLASS, Map.of("Owner", 1), "p"),
                linked("B", ComponentKind.CLASS, Map.of("Vet", 1), "p"),
                linked("C", ComponentKind.CLASS, Map.of(), "p", "A"),
                linked("D", ComponentKind.CLASS, Map.of(), "q", "C", "B"),
                linked("E", ComponentKind.CLASS, Map.of(), "q", "D"),
                linked("F", ComponentKind.CLASS, Map.of(), "p", "B", "E")));
        Map<String, String> expected = placed(ComponentPlacer.place(components, OWNER));
        // D is tied between C and B until E, which follows F, follows B
        assertThat(expected).containsEntry("C", "Owners by links").containsEntry("D", "Vets by links")
                .containsEntry("E", "Vets by links").containsEntry("F", "Vets by links");
        for (long seed = 1; seed <= 20; seed++) {
            java.util.Collections.shuffle(components, new java.util.Random(seed));
            assertThat(placed(ComponentPlacer.place(components, OWNER))).isEqualTo(expected);
        }
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
                component,kind,service,placedBy
                OwnerController,class,"Owners, Pets",uses
                StringUtils,class,C,no-entity
                visits,table,Visits,uses
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
