package io.mdecomp.importer.traces;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes small trace documents to files and imports them. */
final class TraceFiles {

    private TraceFiles() {
    }

    static Path write(Path dir, String name, String json) {
        try {
            return Files.writeString(dir.resolve(name), json, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static TraceImport importText(Path dir, String name, String json, TraceImportOptions options) {
        return new TraceImporter().importFiles(List.of(write(dir, name, json)), options);
    }

    /** A Zipkin v2 span; {@code extra} is added inside the object (e.g. {@code "shared": true}). */
    static String zipkin(String trace, String id, String parent, String kind, String service, String name,
                         long startMicros, long durationMicros, String extra) {
        return "{\"traceId\":\"" + trace + "\",\"id\":\"" + id + "\""
                + (parent == null ? "" : ",\"parentId\":\"" + parent + "\"")
                + ",\"kind\":\"" + kind + "\",\"name\":\"" + name + "\",\"timestamp\":" + startMicros
                + ",\"duration\":" + durationMicros + ",\"localEndpoint\":{\"serviceName\":\"" + service + "\"}"
                + (extra.isEmpty() ? "" : "," + extra) + "}";
    }
}
