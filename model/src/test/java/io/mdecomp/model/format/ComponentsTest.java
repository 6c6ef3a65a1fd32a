package io.mdecomp.model.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mdecomp.model.Component;
import io.mdecomp.model.ComponentKind;
import io.mdecomp.model.DomainModel;
import io.mdecomp.model.diagnostic.Diagnostic;
import io.mdecomp.model.diagnostic.InputException;
import io.mdecomp.model.diagnostic.SourceLocation;
import io.mdecomp.model.testing.WithoutLocations;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class ComponentsTest {

    private static final String BASE = """
            system: clinic
            version: 1
            domains:
              - name: Clinic
                contexts:
                  - name: Owners
                    entities:
                      - {name: Owner, kind: aggregate-root}
                      - {name: Pet, kind: entity, aggregate: Owner}
            services:
              - name: Monolith
                context: Owners
            components:
              - {name: OwnerController, kind: class, uses: {Pet: 2, Owner: 6}, service: Monolith}
              - {name: owners, kind: table, uses: {Owner: 1}}
              - {name: ownerForm, kind: view, uses: {Owner: 3}}
              - {name: StringUtils, kind: class, uses: {}}
              - {name: Owner, kind: class}
            """;

    private static List<String> errors(String yaml) {
        try {
            ModelReader.readString("m.yaml", yaml);
        } catch (InputException e) {
            return e.diagnostics().stream().map(Diagnostic::format).toList();
        }
        throw new AssertionError("expected an InputException");
    }

    private static List<String> errorsAfter(String from, String to) {
        assertThat(BASE).contains(from);
        return errors(BASE.replace(from, to));
    }

    @Test
    void readsComponentsWithTheirUsesSortedByEntity() {
        DomainModel model = ModelReader.readString("m.yaml", BASE);
        assertThat(model.components()).extracting(Component::name, Component::kind).containsExactly(
                org.assertj.core.groups.Tuple.tuple("OwnerController", ComponentKind.CLASS),
                org.assertj.core.groups.Tuple.tuple("owners", ComponentKind.TABLE),
                org.assertj.core.groups.Tuple.tuple("ownerForm", ComponentKind.VIEW),
                org.assertj.core.groups.Tuple.tuple("StringUtils", ComponentKind.CLASS),
                org.assertj.core.groups.Tuple.tuple("Owner", ComponentKind.CLASS));
        Component controller = model.components().get(0);
        assertThat(controller.uses()).containsExactly(Map.entry("Owner", 6), Map.entry("Pet", 2));
        assertThat(controller.service()).contains("Monolith");
        assertThat(controller.totalUse()).isEqualTo(8);
        assertThat(controller.location()).isEqualTo(new SourceLocation("m.yaml", 14, 5));
        assertThat(model.components().get(4).uses()).isEmpty();
    }

    @Test
    void aModelWithoutComponentsHasNone() {
        assertThat(ModelReader.readString("m.yaml", BASE.substring(0, BASE.indexOf("components:"))).components())
                .isEmpty();
    }

    @Test
    void writesComponentsInFlowStyleAndReadsThemBack() {
        DomainModel model = ModelReader.readString("m.yaml", BASE);
        String yaml = ModelWriter.write(model);
        assertThat(yaml).endsWith("""
                components:
                  - {name: OwnerController, kind: class, uses: {Owner: 6, Pet: 2}, service: Monolith}
                  - {name: owners, kind: table, uses: {Owner: 1}}
                  - {name: ownerForm, kind: view, uses: {Owner: 3}}
                  - {name: StringUtils, kind: class, uses: {}}
                  - {name: Owner, kind: class, uses: {}}
                """);
        DomainModel again = ModelReader.readString("again.yaml", yaml);
        assertThat(WithoutLocations.of(again)).isEqualTo(WithoutLocations.of(model));
    }

    @Test
    void writesTheProvenanceOfEveryElementAsACommentAboveIt() {
        SourceLocation owner = new SourceLocation("src/Owner.java", 27, 1);
        SourceLocation controller = new SourceLocation("src/web/OwnerController.java", 12, 1);
        DomainModel model = ModelReader.readString("m.yaml", BASE);
        DomainModel located = new DomainModel(model.system(), model.version(), model.domains(), model.services(),
                model.dependencies(), model.useCases(), List.of(new Component("OwnerController", ComponentKind.CLASS,
                        new TreeMap<>(Map.of("Owner", 1)), Optional.empty(), controller)), SourceLocation.UNKNOWN);
        String yaml = ModelWriter.write(located, location -> location.equals(controller) || location.equals(owner)
                ? ModelWriter.Comments.PROVENANCE.above(location) : Optional.empty());
        assertThat(yaml).endsWith("""
                components:
                  # src/web/OwnerController.java:12
                  - {name: OwnerController, kind: class, uses: {Owner: 1}}
                """);
        String all = ModelWriter.write(model, ModelWriter.Comments.PROVENANCE);
        assertThat(all).contains("""
                    contexts:
                      # m.yaml:6
                      - name: Owners
                        entities:
                          # m.yaml:8
                          - {name: Owner, kind: aggregate-root}
                """);
        assertThat(WithoutLocations.of(ModelReader.readString("again.yaml", all))).isEqualTo(WithoutLocations.of(model));
    }

    @Test
    void reportsUnknownEntitiesAndServicesWithTheClosestName() {
        assertThat(errorsAfter("uses: {Pet: 2, Owner: 6}, service: Monolith", "uses: {Pets: 2, Owner: 6}, service: Monolit"))
                .containsExactly(
                        "m.yaml:14:49: error: component 'OwnerController' uses unknown entity 'Pets' (known: Pet,"
                                + " Owner) [ref]",
                        "m.yaml:14:78: error: component 'OwnerController' is deployed in unknown service 'Monolit'"
                                + " (known: Monolith) [ref]");
    }

    @Test
    void readsLinksSortedAndAPackageAndWritesThemBack() {
        String yaml = BASE.replace("{name: StringUtils, kind: class, uses: {}}",
                "{name: StringUtils, kind: class, links: [OwnerController, Owner], package: org.example.util}")
                .replace("{name: ownerForm, kind: view, uses: {Owner: 3}}",
                        "{name: ownerForm, kind: view, uses: {Owner: 3}, links: [StringUtils]}");
        DomainModel model = ModelReader.readString("m.yaml", yaml);
        Component utils = model.components().get(3);
        assertThat(utils.links()).containsExactly("Owner", "OwnerController");
        assertThat(utils.pkg()).contains("org.example.util");
        assertThat(model.components().get(2).links()).containsExactly("StringUtils");
        assertThat(model.components().get(0).links()).isEmpty();
        assertThat(model.components().get(0).pkg()).isEmpty();
        String written = ModelWriter.write(model);
        assertThat(written).contains("links: [Owner, OwnerController], package: org.example.util}");
        assertThat(WithoutLocations.of(ModelReader.readString("again.yaml", written)))
                .isEqualTo(WithoutLocations.of(model));
    }

    @Test
    void refusesLinksToNoClassComponentAndToItself() {
        assertThat(errorsAfter("{name: StringUtils, kind: class, uses: {}}",
                "{name: StringUtils, kind: class, links: [StringUtils, owners, OwnerControler]}")).containsExactly(
                "m.yaml:17:46: error: component 'StringUtils' links to itself; leave it out of its own links [ref]",
                "m.yaml:17:59: error: component 'StringUtils' links to unknown class component 'owners'"
                        + " (known: Owner, StringUtils, OwnerController) [ref]",
                "m.yaml:17:67: error: component 'StringUtils' links to unknown class component 'OwnerControler'"
                        + " (known: OwnerController, Owner, StringUtils) [ref]");
    }

    @Test
    void refusesWeightsThatAreNotPositiveWholeNumbers() {
        assertThat(errorsAfter("uses: {Owner: 1}", "uses: {Owner: 0}")).containsExactly("m.yaml:15:47: error: the"
                + " weight of 'Owner' in component 'owners' must be at least 1, got 0 [value]");
        assertThat(errorsAfter("uses: {Owner: 3}", "uses: {Owner: 2.5}")).containsExactly("m.yaml:16:49: error: the"
                + " weight of 'Owner' in component 'ownerForm' must be a whole number, got 2.5 [value]");
        assertThat(errorsAfter("uses: {Owner: 3}", "uses: [Owner]")).containsExactly("m.yaml:16:41: error: 'uses'"
                + " of component 'ownerForm' must be a mapping, got a list [type]");
    }

    @Test
    void refusesAnUnknownKindAndAMissingOne() {
        assertThat(errorsAfter("kind: table", "kind: tabel")).containsExactly("m.yaml:15:26: error: 'kind' must be"
                + " one of class, table, view, got 'tabel'; did you mean 'table'? [value]");
        assertThat(errorsAfter("{name: owners, kind: table, ", "{name: owners, ")).containsExactly("m.yaml:15:5:"
                + " error: component 'owners' is missing the required key 'kind' [missing-key]");
    }

    @Test
    void namesAreUniquePerKindOnly() {
        assertThat(errorsAfter("{name: StringUtils, kind: class", "{name: OwnerController, kind: class"))
                .containsExactly("m.yaml:17:12: error: duplicate class component name 'OwnerController'; the first"
                        + " is declared at line 14 [duplicate]");
        assertThat(ModelReader.readString("m.yaml", BASE.replace("{name: StringUtils, kind: class",
                "{name: owners, kind: class")).components()).hasSize(5);
    }

    @Test
    void refusesUnknownKeys() {
        assertThat(errorsAfter("{name: Owner, kind: class}", "{name: Owner, kind: class, use: {}}")).containsExactly(
                "m.yaml:18:32: error: unknown key 'use' in component 'Owner'; did you mean 'uses'? [unknown-key]");
    }

    @Test
    void quotesAQuestionMarkThatAFlowMappingWouldMisread() {
        String yaml = BASE.replace("context: Owners\n", "context: Owners\n    endpoints:\n"
                + "      - {name: view, path: \"/Owner.action?view\"}\n");
        DomainModel model = ModelReader.readString("m.yaml", yaml);
        String written = ModelWriter.write(model);
        assertThat(written).contains("path: \"/Owner.action?view\"");
        assertThat(WithoutLocations.of(ModelReader.readString("again.yaml", written))).isEqualTo(WithoutLocations.of(model));
    }

    @Test
    void aComponentRecordRefusesNonPositiveWeights() {
        assertThatThrownBy(() -> new Component("X", ComponentKind.CLASS, new TreeMap<>(Map.of("Owner", 0)),
                Optional.empty(), SourceLocation.UNKNOWN)).isInstanceOf(IllegalArgumentException.class);
    }
}
