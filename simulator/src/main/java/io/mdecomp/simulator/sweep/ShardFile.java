package io.mdecomp.simulator.sweep;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mdecomp.model.diagnostic.Diagnostic;
import io.mdecomp.model.diagnostic.InputException;
import io.mdecomp.model.diagnostic.ParserMessages;
import io.mdecomp.model.diagnostic.SourceLocation;
import io.mdecomp.simulator.scenario.Slo;
import io.mdecomp.simulator.scenario.SloMetric;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The partial results of one shard of a sweep, as the file {@code sweep run --shard K/N} writes
 * and {@code merge} reads: the sweep's header (the same in every shard) and the records of the
 * shard's runs. Numbers are written so that they read back to the same bits (shortest
 * round-trip decimal; non-finite numbers as strings), which is what lets merged shards give the
 * very report one machine gives.
 *
 * @param shard   which shard of how many
 * @param header  the sweep's header
 * @param records the shard's records, in run order
 */
public record ShardFile(Shard shard, SweepHeader header, List<RunRecord> records) {

    /** The value of {@code kind} that marks a shard file. */
    public static final String KIND = "mdecomp-sweep-shard";
    /** The version of the format. */
    public static final int VERSION = 1;

    public ShardFile {
        Objects.requireNonNull(shard, "shard");
        Objects.requireNonNull(header, "header");
        records = List.copyOf(records);
    }

    /** Writes this shard as JSON to {@code out}. */
    public void write(Writer out) {
        try (JsonGenerator json = new JsonFactory().createGenerator(out)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeStringField("kind", KIND);
            json.writeNumberField("version", VERSION);
            json.writeStringField("shard", shard.toString());
            json.writeFieldName("header");
            writeHeader(json);
            json.writeArrayFieldStart("records");
            for (RunRecord record : records) {
                writeRecord(json, record);
            }
            json.writeEndArray();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void writeHeader(JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeStringField("model", header.model());
        json.writeStringField("source", header.source());
        number(json, "confidence", header.confidence());
        json.writeNumberField("runs", header.runs());
        json.writeArrayFieldStart("scenarios");
        for (ScenarioSweep s : header.scenarios()) {
            json.writeStartObject();
            json.writeStringField("name", s.name());
            json.writeNumberField("seed", s.seed());
            json.writeNumberField("replications", s.replications());
            json.writeStringField("randomNumbers", s.randomNumbers().label());
            json.writeArrayFieldStart("axes");
            for (Axis axis : s.axes()) {
                json.writeStartObject();
                json.writeStringField("path", axis.path());
                json.writeArrayFieldStart("values");
                for (String value : axis.values()) {
                    json.writeString(value);
                }
                json.writeEndArray();
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("slos");
            for (Slo slo : s.slos()) {
                json.writeStartObject();
                if (slo.route().isPresent()) {
                    json.writeStringField("route", slo.route().get());
                }
                json.writeStringField("metric", slo.metric().key());
                number(json, "target", slo.target());
                json.writeStringField("file", slo.location().file());
                json.writeNumberField("line", slo.location().line());
                json.writeNumberField("column", slo.location().column());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void writeRecord(JsonGenerator json, RunRecord r) throws IOException {
        json.writeStartObject();
        json.writeNumberField("run", r.run());
        json.writeNumberField("seed", r.seed());
        json.writeArrayFieldStart("slos");
        for (double value : r.slos()) {
            number(json, null, value);
        }
        json.writeEndArray();
        json.writeNumberField("requests", r.requests());
        json.writeNumberField("ok", r.ok());
        json.writeNumberField("failed", r.failed());
        number(json, "throughput", r.throughput());
        number(json, "meanLatencyMs", r.meanLatencyMs());
        json.writeNumberField("calls", r.calls());
        json.writeNumberField("attempts", r.attempts());
        json.writeNumberField("events", r.events());
        json.writeEndObject();
    }

    private static void number(JsonGenerator json, String field, double value) throws IOException {
        if (field != null) {
            json.writeFieldName(field);
        }
        if (Double.isFinite(value)) {
            json.writeNumber(value);
        } else {
            json.writeString(Double.toString(value));
        }
    }

    /** Reads a shard file's text; {@code file} names it in diagnostics. Throws {@code InputException}. */
    public static ShardFile read(String file, String text) {
        JsonNode root;
        try {
            JsonFactory factory = JsonFactory.builder().streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(16).build()).build();
            root = new ObjectMapper(factory).readTree(text);
        } catch (JsonProcessingException e) {
            SourceLocation at = e.getLocation() == null ? SourceLocation.startOf(file)
                    : new SourceLocation(file, Math.max(1, e.getLocation().getLineNr()),
                    Math.max(1, e.getLocation().getColumnNr()));
            throw new InputException(Diagnostic.error(at, "syntax", "not valid JSON: "
                    + ParserMessages.plain(e.getOriginalMessage())));
        }
        return new Reader(file).shard(root);
    }

    /** Reads the JSON tree, failing with the path of the first value that is not as written. */
    private static final class Reader {
        private final String file;

        Reader(String file) {
            this.file = file;
        }

        ShardFile shard(JsonNode root) {
            if (root == null || !root.isObject() || !KIND.equals(root.path("kind").asText(null))) {
                throw fail("not the partial results of a sweep shard (they have \"kind\": \"" + KIND
                        + "\"); give the files that 'sweep run --shard K/N' wrote");
            }
            if (root.path("version").asInt(-1) != VERSION) {
                throw fail("shard file version " + root.path("version") + " is not the one this mdecomp reads ("
                        + VERSION + "); run every shard and the merge with the same mdecomp");
            }
            Shard shard = Shard.parse(text(root, "shard")).orElseThrow(() -> fail("'shard' must read K/N, got "
                    + root.path("shard")));
            JsonNode h = object(root, "header");
            List<ScenarioSweep> scenarios = new ArrayList<>();
            for (JsonNode s : array(h, "scenarios")) {
                List<Axis> axes = new ArrayList<>();
                for (JsonNode a : array(s, "axes")) {
                    List<String> values = new ArrayList<>();
                    array(a, "values").forEach(v -> values.add(v.asText()));
                    axes.add(new Axis(text(a, "path"), values));
                }
                List<Slo> slos = new ArrayList<>();
                for (JsonNode o : array(s, "slos")) {
                    SloMetric metric = SloMetric.fromKey(text(o, "metric"));
                    if (metric == null) {
                        throw fail("unknown objective metric '" + text(o, "metric") + "'");
                    }
                    Optional<String> route = o.has("route") ? Optional.of(text(o, "route")) : Optional.empty();
                    slos.add(new Slo(route, metric, number(o, "target"), new SourceLocation(text(o, "file"),
                            (int) whole(o, "line"), (int) whole(o, "column"))));
                }
                RandomNumbers mode = RandomNumbers.named(text(s, "randomNumbers"))
                        .orElseThrow(() -> fail("unknown randomNumbers '" + text(s, "randomNumbers") + "'"));
                try {
                    scenarios.add(new ScenarioSweep(text(s, "name"), whole(s, "seed"), (int) whole(s, "replications"),
                            mode, axes, slos));
                } catch (IllegalArgumentException e) {
                    throw fail("scenario '" + text(s, "name") + "': " + e.getMessage());
                }
            }
            SweepHeader header;
            try {
                header = new SweepHeader(text(h, "model"), text(h, "source"), number(h, "confidence"), scenarios);
            } catch (IllegalArgumentException e) {
                throw fail("header: " + e.getMessage());
            }
            List<RunRecord> records = new ArrayList<>();
            for (JsonNode r : array(root, "records")) {
                List<Double> slos = new ArrayList<>();
                for (JsonNode v : array(r, "slos")) {
                    slos.add(number(v));
                }
                records.add(new RunRecord(whole(r, "run"), whole(r, "seed"), slos, whole(r, "requests"),
                        whole(r, "ok"), whole(r, "failed"), number(r, "throughput"), number(r, "meanLatencyMs"),
                        whole(r, "calls"), whole(r, "attempts"), whole(r, "events")));
            }
            return new ShardFile(shard, header, records);
        }

        private JsonNode object(JsonNode parent, String key) {
            JsonNode node = parent.get(key);
            if (node == null || !node.isObject()) {
                throw fail("'" + key + "' must be an object");
            }
            return node;
        }

        private List<JsonNode> array(JsonNode parent, String key) {
            JsonNode node = parent.get(key);
            if (node == null || !node.isArray()) {
                throw fail("'" + key + "' must be a list");
            }
            List<JsonNode> items = new ArrayList<>();
            node.forEach(items::add);
            return items;
        }

        private String text(JsonNode parent, String key) {
            JsonNode node = parent.get(key);
            if (node == null || !node.isTextual()) {
                throw fail("'" + key + "' must be a text");
            }
            return node.asText();
        }

        private long whole(JsonNode parent, String key) {
            JsonNode node = parent.get(key);
            if (node == null || !node.canConvertToLong() || !node.isIntegralNumber()) {
                throw fail("'" + key + "' must be a whole number");
            }
            return node.asLong();
        }

        private double number(JsonNode parent, String key) {
            JsonNode node = parent.get(key);
            if (node == null) {
                throw fail("'" + key + "' is missing");
            }
            return number(node);
        }

        private double number(JsonNode node) {
            if (node.isNumber()) {
                return node.doubleValue();
            }
            if (node.isTextual()) {
                try {
                    return Double.parseDouble(node.asText());
                } catch (NumberFormatException e) {
                    throw fail("'" + node.asText() + "' is not a number");
                }
            }
            throw fail("expected a number, got " + node);
        }

        private InputException fail(String message) {
            return new InputException(Diagnostic.error(SourceLocation.startOf(file), "shard", message));
        }
    }
}
