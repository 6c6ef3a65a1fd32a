package io.mdecomp.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class SchemaCommandTest {

    @Test
    void printsTheModelSchemaAsJson() throws IOException {
        CliRun run = CliRun.run("schema", "model");
        assertThat(run.code()).isZero();
        assertThat(new ObjectMapper().readTree(run.out()).isObject()).isTrue();
        assertThat(run.out()).endsWith("\n");
    }

    @Test
    void printsTheScenarioSchemaAsJson() throws IOException {
        CliRun run = CliRun.run("schema", "scenarios");
        assertThat(run.code()).isZero();
        assertThat(new ObjectMapper().readTree(run.out()).isObject()).isTrue();
    }

    @Test
    void unknownKindIsBadUsage() {
        CliRun run = CliRun.run("schema", "models");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("unknown schema 'models' (known: model, scenarios)");
    }
}
