package io.mdecomp.model.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.mdecomp.model.Deployment;
import io.mdecomp.model.DomainModel;
import io.mdecomp.model.Service;
import io.mdecomp.model.diagnostic.Diagnostic;
import io.mdecomp.model.diagnostic.InputException;
import io.mdecomp.model.diagnostic.SourceLocation;
import io.mdecomp.model.testing.RandomModels;
import io.mdecomp.model.format.ModelReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class ModelValidatorTest {

    @Test
    void validatesModelsBuiltInCodeAtTheRecordsLocations() {
        DomainModel valid = RandomModels.model(7);
        List<Service> services = new ArrayList<>(valid.services());
        services.add(new Service(services.get(0).name(), "Nowhere", Optional.empty(), OptionalDouble.of(1.5),
                List.of(), List.of(), List.of(), Deployment.DEFAULT, SourceLocation.UNKNOWN));
        DomainModel broken = new DomainModel(valid.system(), 1, valid.domains(), services, List.of(), List.of(),
                SourceLocation.UNKNOWN);
        assertThat(ModelValidator.validate(broken)).extracting(Diagnostic::format).containsExactlyInAnyOrder(
                "<none>: error: duplicate service name '" + services.get(0).name() + "'; the first is declared at"
                        + " another place [duplicate]",
                "<none>: error: service '" + services.get(0).name() + "' is in unknown context 'Nowhere' (known: "
                        + validContextsClosestFirst(valid) + ") [ref]",
                "<none>: error: service '" + services.get(0).name() + "' has complexity 1.5; it must lie in [0, 1] [value]");
    }

    private static String validContextsClosestFirst(DomainModel model) {
        return io.mdecomp.model.diagnostic.Suggestions.known("Nowhere", model.contexts().map(c -> c.name()).toList());
    }

    @Test
    void reportsAtMostOneHundredErrorsAndSaysHowManyMore() {
        StringBuilder yaml = new StringBuilder("system: s\nversion: 1\ndomains:\n  - name: D\n    contexts:\n"
                + "      - name: C\n        entities:\n          - {name: A, kind: aggregate-root, references: [");
        for (int i = 0; i < 150; i++) {
            yaml.append(i == 0 ? "" : ", ").append("Missing").append(i);
        }
        yaml.append("]}\n");
        try {
            ModelReader.readString("m.yaml", yaml.toString());
            throw new AssertionError("expected an InputException");
        } catch (InputException e) {
            assertThat(e.diagnostics()).hasSize(101);
            assertThat(e.diagnostics().get(0).format())
                    .isEqualTo("m.yaml: error: 150 errors in total; only the first 100 are shown [too-many]");
            assertThat(e.diagnostics().get(1).message())
                    .isEqualTo("entity 'A' references unknown entity 'Missing0' (known: A)");
        }
    }
}
