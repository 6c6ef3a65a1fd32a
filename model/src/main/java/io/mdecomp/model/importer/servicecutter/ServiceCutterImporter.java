package io.mdecomp.model.importer.servicecutter;

import io.mdecomp.model.diagnostic.Diagnostic;
import io.mdecomp.model.diagnostic.InputException;
import io.mdecomp.model.diagnostic.SourceLocation;
import io.mdecomp.model.yaml.SourceText;
import io.mdecomp.model.yaml.YamlLimits;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Imports Service Cutter's two JSON inputs (SPEC §3): the entity-relationship model
 * ({@code *_1_model.json}) and the user representations ({@code *_2_user_representations.json}).
 *
 * <p>Mapping: each ERM entity becomes an entity of one bounded context named after the system,
 * its nanoentities become {@code string} attributes; COMPOSITION relations and the user
 * representations' aggregates and entities make aggregates (root: the member no composition
 * points at, then declaration order); AGGREGATION and COMPOSITION relations become references;
 * use cases keep the entities of the nanoentities they read and write; compatibilities and
 * separated security zones become {@code characteristics} and {@code securityZone} by the
 * plurality of an entity's nanoentities; predefined services become services owning the entities
 * most of whose nanoentities they list; shared owner groups become the team of those services.
 * Whatever has no equivalent (inheritance, security access groups, mixed characteristics,
 * entities left without a service) is reported in {@link ServiceCutterImport#unmapped()}.
 *
 * <p>Malformed input (JSON syntax, wrong types, unknown keys, dangling nanoentity references)
 * throws an {@link InputException} with every located problem of both files.
 */
public final class ServiceCutterImporter {

    /** The largest file read, as for YAML input: four bytes for each character the YAML reader accepts. */
    private static final long MAX_BYTES = 4L * YamlLimits.DEFAULT.maxCodePoints();

    /** Reads and imports the two files; the file names in locations are the paths as given. */
    public ServiceCutterImport read(Path ermFile, Path userRepsFile) {
        List<Diagnostic> problems = new ArrayList<>();
        String erm = readText(ermFile, problems);
        String reps = readText(userRepsFile, problems);
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return convert(ermFile.toString(), erm, userRepsFile.toString(), reps);
    }

    /** Imports the two documents given as text, naming them {@code ermName} and {@code repsName}. */
    public ServiceCutterImport convert(String ermName, String ermText, String repsName, String repsText) {
        JsonTreeReader json = new JsonTreeReader();
        List<Diagnostic> problems = new ArrayList<>();
        JsonNode ermRoot = parse(json, ermName, ermText, problems);
        JsonNode repsRoot = parse(json, repsName, repsText, problems);
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        DocumentReader reader = new DocumentReader(problems);
        ServiceCutterDocuments.Erm erm = reader.erm(ermRoot);
        ServiceCutterDocuments.UserReps reps = reader.userReps(repsRoot);
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        String fallbackName = stem(ermName);
        return new ModelAssembler(erm, reps, fallbackName).assemble();
    }

    private static JsonNode parse(JsonTreeReader json, String name, String text, List<Diagnostic> problems) {
        try {
            return json.read(name, text);
        } catch (InputException e) {
            problems.addAll(e.diagnostics());
            return null;
        }
    }

    private static String readText(Path file, List<Diagnostic> problems) {
        try {
            String text = SourceText.read(file, file.toString(), MAX_BYTES,
                    "is a directory; give the path of a Service Cutter JSON file");
            if (text.isBlank()) {
                problems.add(Diagnostic.error(SourceLocation.startOf(file.toString()), "syntax",
                        "the file is empty; expected a Service Cutter JSON object"));
            }
            return text;
        } catch (InputException e) {
            problems.addAll(e.diagnostics());
            return "";
        }
    }

    private static String stem(String fileName) {
        String name = Path.of(fileName).getFileName().toString();
        int dot = name.indexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        stem = stem.replaceAll("_?1_model$", "").replaceAll("_?model$", "");
        return stem.isBlank() ? "imported" : stem;
    }
}
