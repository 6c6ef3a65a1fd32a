package io.mdecomp.model.importer.servicecutter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mdecomp.model.Availability;
import io.mdecomp.model.ContentVolatility;
import io.mdecomp.model.DomainModel;
import io.mdecomp.model.Entity;
import io.mdecomp.model.EntityKind;
import io.mdecomp.model.Service;
import io.mdecomp.model.UseCase;
import io.mdecomp.model.diagnostic.Diagnostic;
import io.mdecomp.model.diagnostic.InputException;
import io.mdecomp.model.diagnostic.Severity;
import io.mdecomp.model.format.ModelReader;
import io.mdecomp.model.format.ModelWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServiceCutterImporterTest {

    private final ServiceCutterImporter importer = new ServiceCutterImporter();

    private static String resource(String name) throws IOException {
        try (InputStream in = ServiceCutterImporterTest.class.getResourceAsStream("/servicecutter/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private ServiceCutterImport library() throws IOException {
        return importer.convert("library_1_model.json", resource("library_1_model.json"),
                "library_2_user_representations.json", resource("library_2_user_representations.json"));
    }

    private static Entity entity(DomainModel model, String name) {
        return model.entity(name).orElseThrow();
    }

    @Test
    void turnsEntitiesIntoOneContextWithNanoentitiesAsStringAttributes() throws IOException {
        DomainModel model = library().model();
        assertThat(model.system()).isEqualTo("Library");
        assertThat(model.contexts().map(c -> c.name()).toList()).containsExactly("Library");
        assertThat(model.entities().map(Entity::name).toList())
                .containsExactly("Member", "Loan", "LoanLine", "Book", "Copy", "EBook");
        assertThat(entity(model, "Loan").attributes()).extracting(a -> a.name() + ":" + a.type())
                .containsExactly("loanId:string", "dueDate:string", "returnedAt:string");
        assertThat(entity(model, "Loan").location().line()).isEqualTo(5);
    }

    @Test
    void compositionAndUserAggregatesFormAggregatesWithTheUncomposedMemberAsRoot() throws IOException {
        DomainModel model = library().model();
        assertThat(entity(model, "Loan").kind()).isEqualTo(EntityKind.AGGREGATE_ROOT);
        assertThat(entity(model, "LoanLine").kind()).isEqualTo(EntityKind.ENTITY);
        assertThat(entity(model, "LoanLine").aggregate()).contains("Loan");
        assertThat(entity(model, "Book").kind()).isEqualTo(EntityKind.AGGREGATE_ROOT);
        assertThat(entity(model, "Copy").aggregate()).contains("Book");
        assertThat(entity(model, "Member").aggregateRoot()).isEqualTo("Member");
    }

    @Test
    void relationsBecomeReferencesAndInheritanceIsListedAsUnmapped() throws IOException {
        ServiceCutterImport result = library();
        assertThat(entity(result.model(), "Loan").references()).containsExactly("LoanLine", "Member");
        assertThat(entity(result.model(), "LoanLine").references()).containsExactly("Copy");
        assertThat(entity(result.model(), "EBook").references()).containsExactly("Book");
        assertThat(result.unmapped()).extracting(Diagnostic::format)
                .contains("library_1_model.json:15:5: warning: inheritance EBook -> Book has no equivalent in the "
                        + "model; it is kept as a reference [unmapped]");
    }

    @Test
    void useCasesKeepTheEntitiesOfTheirNanoentitiesAndTheLatencyFlagInBothSpellings() throws IOException {
        List<UseCase> useCases = library().model().useCases();
        assertThat(useCases).extracting(UseCase::name).containsExactly("Borrow", "Search catalogue");
        assertThat(useCases.get(0).writes()).containsExactly("Loan", "LoanLine");
        assertThat(useCases.get(0).reads()).containsExactly("Member", "Copy");
        assertThat(useCases.get(0).latencyCritical()).isTrue();
        assertThat(useCases.get(1).reads()).containsExactly("Book", "Copy");
        assertThat(useCases.get(1).latencyCritical()).isTrue();
    }

    @Test
    void characteristicsAndZonesFollowThePluralityOfAnEntitysNanoentities() throws IOException {
        ServiceCutterImport result = library();
        DomainModel model = result.model();
        assertThat(entity(model, "Book").characteristics().availability()).contains(Availability.CRITICAL);
        assertThat(entity(model, "Member").characteristics().availability()).contains(Availability.LOW);
        assertThat(entity(model, "Loan").characteristics().contentVolatility()).contains(ContentVolatility.OFTEN);
        assertThat(entity(model, "Copy").characteristics().contentVolatility()).isEmpty();
        assertThat(entity(model, "Member").securityZone()).contains("payments");
        assertThat(entity(model, "Copy").securityZone()).contains("public");
        assertThat(entity(model, "Loan").securityZone()).isEmpty();
        assertThat(result.unmapped()).extracting(Diagnostic::message).contains(
                "the nanoentities of entity 'Member' are spread over availabilityCriticality levels Critical (1), "
                        + "Low (2); the model keeps one per entity: Low",
                "contentVolatility level 'Sometimes' has no equivalent (known: often, regularly, rarely); "
                        + "its nanoentities get no contentVolatility");
    }

    @Test
    void predefinedServicesOwnTheirEntitiesAndSharedOwnerGroupsBecomeTheirTeam() throws IOException {
        ServiceCutterImport result = library();
        List<Service> services = result.model().services();
        assertThat(services).extracting(Service::name).containsExactly("Lending", "Members");
        assertThat(services.get(0).owns()).containsExactly("Loan", "LoanLine");
        assertThat(services.get(0).team()).contains("circulation-team");
        assertThat(services.get(1).owns()).containsExactly("Member");
        assertThat(services.get(1).team()).isEqualTo(Optional.empty());
        assertThat(services.get(0).context()).isEqualTo("Library");
    }

    @Test
    void listsEverythingWithoutAnExactEquivalent() throws IOException {
        List<Diagnostic> unmapped = library().unmapped();
        assertThat(unmapped).hasSize(7).allMatch(d -> d.code().equals("unmapped"));
        assertThat(unmapped).extracting(Diagnostic::message).contains(
                "security access group 'staff' has no equivalent in the model (only separated security zones map, "
                        + "to securityZone)",
                "entities in no predefined service are owned by no service: Book, Copy, EBook; run 'mdecomp propose' "
                        + "on the imported model for a cut",
                "Service Cutter nanoentities carry no types: every attribute is imported as string");
        assertThat(unmapped).filteredOn(d -> d.severity() == Severity.NOTE).hasSize(2);
    }

    @Test
    void reportsEveryDanglingNanoentityWithItsLocationAndTheKnownNames() {
        String erm = "{\"name\": \"S\", \"entities\": [{\"name\": \"Order\", \"nanoentities\": [\"id\", \"total\"]}]}";
        String reps = "{\"useCases\": [{\"name\": \"Pay\",\n  \"nanoentitiesRead\": [\"Ordr.id\"],\n"
                + "  \"nanoentitiesWritten\": [\"Order.totl\"]}]}";
        assertThatThrownBy(() -> importer.convert("erm.json", erm, "reps.json", reps))
                .isInstanceOf(InputException.class)
                .hasMessage("reps.json:2:24: error: unknown entity 'Ordr' in nanoentity 'Ordr.id'; did you mean "
                        + "'Order'? (known: Order) [ref]\n"
                        + "reps.json:3:27: error: entity 'Order' has no nanoentity 'totl'; did you mean 'total'? "
                        + "(known: id, total) [ref]");
    }

    @Test
    void reportsSyntaxErrorsOfBothFilesAtOnce() {
        assertThatThrownBy(() -> importer.convert("erm.json", "{\"name\": }", "reps.json", "[1,"))
                .isInstanceOf(InputException.class)
                .satisfies(e -> assertThat(((InputException) e).diagnostics())
                        .extracting(d -> d.location().file() + ":" + d.code())
                        .containsExactly("erm.json:syntax", "reps.json:syntax"));
    }

    @Test
    void rejectsUnknownKeysWithASuggestionAndWrongTypes() {
        String erm = "{\"name\": \"S\", \"entites\": [], \"relations\": {}}";
        assertThatThrownBy(() -> importer.convert("erm.json", erm, "reps.json", "{}"))
                .isInstanceOf(InputException.class)
                .hasMessage("erm.json:1:26: error: unknown key 'entites'; did you mean 'entities'? "
                        + "(known: name, entities, relations) [unknown-key]\n"
                        + "erm.json:1:43: error: 'relations' must be a JSON array, got object [type]");
    }

    @Test
    void rejectsEmptyNonUtf8AndMissingFiles(@TempDir Path dir) throws IOException {
        Path empty = Files.writeString(dir.resolve("erm.json"), "  \n");
        Path latin1 = Files.write(dir.resolve("reps.json"), new byte[] {'{', '"', (byte) 0xE9, '"', '}'});
        assertThatThrownBy(() -> importer.read(empty, latin1))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("erm.json:1:1: error: the file is empty")
                .hasMessageContaining("reps.json:1:3: error: file is not valid UTF-8: byte 0xE9 at offset 2 cannot be decoded;"
                        + " save the file as UTF-8 [encoding]");
        assertThatThrownBy(() -> importer.read(dir.resolve("missing.json"), dir))
                .hasMessageContaining("missing.json: error: no such file [io]")
                .hasMessageContaining(dir + ": error: is a directory; give the path of a Service Cutter JSON file [io]");
    }

    @Test
    void namesTheSystemAfterTheFileWhenTheModelHasNoName() {
        ServiceCutterImport result = importer.convert("shop_1_model.json",
                "{\"entities\": [{\"name\": \"Cart\", \"nanoentities\": [\"id\"]}]}", "reps.json", "{}");
        assertThat(result.model().system()).isEqualTo("shop");
        assertThat(result.model().services()).isEmpty();
    }

    @Test
    void fitsNamesTheModelDoesNotAllowAndNotesEveryChangeSoTheImportReadsBackValid() {
        String erm = """
                {"name": "Bib/liothek", "entities": [
                  {"name": "Loan Line", "nanoentities": ["due date", "id"]},
                  {"name": "LoanLine", "nanoentities": ["id"]},
                  {"name": "Été", "nanoentities": ["1st"]}],
                 "relations": [{"origin": "Loan Line", "destination": "Été", "type": "COMPOSITION"}]}""";
        String reps = """
                {"predefinedServices": [{"name": "../../etc/evil", "nanoentities": ["Loan Line.id", "LoanLine.id"]}],
                 "useCases": [{"name": "return/renew", "nanoentitiesRead": ["Été.1st"], "nanoentitiesWritten": ["Loan Line.due date"]}]}""";
        ServiceCutterImport result = importer.convert("lib_1_model.json", erm, "lib_2_reps.json", reps);
        DomainModel model = result.model();
        assertThat(model.system()).isEqualTo("Bib-liothek");
        assertThat(model.entities().map(Entity::name).toList()).containsExactly("LoanLine", "LoanLine2", "Ete");
        assertThat(entity(model, "LoanLine").attributes()).extracting(a -> a.name()).containsExactly("dueDate", "id");
        assertThat(entity(model, "Ete").attributes()).extracting(a -> a.name()).containsExactly("_1st");
        assertThat(entity(model, "Ete").aggregate()).contains("LoanLine");
        assertThat(model.services()).extracting(Service::name).containsExactly("etcEvil");
        assertThat(model.services().get(0).owns()).containsExactly("LoanLine", "LoanLine2");
        assertThat(model.useCases()).extracting(UseCase::name).containsExactly("return-renew");
        assertThat(model.useCases().get(0).reads()).containsExactly("Ete");
        assertThat(result.unmapped()).filteredOn(d -> d.code().equals("renamed")).extracting(Diagnostic::message)
                .contains("entity 'Loan Line' is imported as 'LoanLine': model names allow no such characters",
                        "entity 'LoanLine' is imported as 'LoanLine2': model names allow no such characters",
                        "service '../../etc/evil' is imported as 'etcEvil': model names allow no such characters");
        DomainModel readBack = ModelReader.readString("lib.yaml", ModelWriter.write(model));
        assertThat(readBack.entities().map(Entity::name).toList()).containsExactly("LoanLine", "LoanLine2", "Ete");
    }
}
