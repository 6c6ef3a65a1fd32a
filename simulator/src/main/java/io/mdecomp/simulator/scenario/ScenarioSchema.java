package io.mdecomp.simulator.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The JSON Schema (draft 2020-12) of the scenario file format, for editors and
 * {@code mdecomp schema scenarios}. The reader checks more than the schema can (references into
 * the model, time order); the schema documents keys, types, units and defaults.
 */
public final class ScenarioSchema {

    private static final String RESOURCE = "scenarios.schema.json";

    private ScenarioSchema() {
    }

    /** The schema's text. */
    public static String json() {
        try (InputStream in = ScenarioSchema.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource " + RESOURCE + " is missing from the simulator jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
