package io.mdecomp.model.schema;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The JSON Schema (draft 2020-12) of the model format, for editors and {@code mdecomp schema model};
 * the same text is committed as {@code schema/model.schema.json}. It checks shapes, enums, ranges
 * and unit spellings; cross-references are left to {@link io.mdecomp.model.validation.ModelValidator}.
 */
public final class ModelSchema {

    private static final String RESOURCE = "model.schema.json";

    private ModelSchema() {
    }

    /** The schema text, UTF-8, ending with a newline. */
    public static String json() {
        try (InputStream in = ModelSchema.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("schema resource " + RESOURCE + " is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
