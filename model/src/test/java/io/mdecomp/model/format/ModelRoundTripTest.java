package io.mdecomp.model.format;

import static org.assertj.core.api.Assertions.assertThat;

import io.mdecomp.model.DomainModel;
import io.mdecomp.model.testing.RandomModels;
import io.mdecomp.model.testing.WithoutLocations;
import io.mdecomp.model.validation.ModelValidator;
import java.nio.file.Path;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ModelRoundTripTest {

    static LongStream seeds() {
        return LongStream.range(0, 300);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void generatedModelsAreValid(long seed) {
        assertThat(ModelValidator.validate(RandomModels.model(seed))).isEmpty();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void writeThenReadGivesTheSameModel(long seed) {
        DomainModel model = RandomModels.model(seed);
        String yaml = ModelWriter.write(model);
        DomainModel read = ModelReader.readString("seed-" + seed + ".yaml", yaml);
        assertThat(WithoutLocations.of(read)).as(yaml).isEqualTo(model);
        assertThat(ModelWriter.write(read)).isEqualTo(yaml);
    }

    @Test
    void theEcommerceSampleSurvivesARoundTripAndWritingIsAFixpoint() {
        DomainModel model = ModelReader.read(Path.of("../samples/ecommerce/model.yaml"));
        String yaml = ModelWriter.write(model);
        DomainModel again = ModelReader.readString("again.yaml", yaml);
        assertThat(WithoutLocations.of(again)).isEqualTo(WithoutLocations.of(model));
        assertThat(ModelWriter.write(again)).isEqualTo(yaml);
    }

    @Test
    void writesShortCollectionsInFlowStyleAndQuotesWhatNeedsIt() {
        DomainModel model = ModelReader.readString("m.yaml", """
                system: "yes"
                version: 1
                domains:
                  - name: Sales
                    contexts:
                      - name: Ordering
                        entities:
                          - {name: Order, kind: aggregate-root, attributes: {id: uuid}}
                          - {name: "null", aggregate: Order}
                services:
                  - name: S
                    context: Ordering
                    endpoints:
                      - {name: get, path: "/orders/{id}", serviceTime: 1.5s, calls: [{service: S, endpoint: get, probability: 0.25}]}
                """);
        assertThat(ModelWriter.write(model)).isEqualTo("""
                system: "yes"
                version: 1
                domains:
                  - name: Sales
                    contexts:
                      - name: Ordering
                        entities:
                          - {name: Order, kind: aggregate-root, attributes: {id: uuid}}
                          - {name: "null", kind: entity, aggregate: Order}
                services:
                  - name: S
                    context: Ordering
                    owns: [Order, "null"]
                    endpoints:
                      - name: get
                        method: GET
                        path: "/orders/{id}"
                        serviceTime: {dist: exponential, mean: 1.5s}
                        calls:
                          - {service: S, endpoint: get, probability: 0.25}
                """);
    }
}
