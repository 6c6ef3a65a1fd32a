package io.mdecomp.cli.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.mdecomp.model.diagnostic.Diagnostic;
import io.mdecomp.model.diagnostic.InputException;
import io.mdecomp.model.diagnostic.SourceLocation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Reads a small YAML document (a configuration) into located {@link YamlNode}s. Problems of the
 * file itself (missing, a directory, not UTF-8, bad syntax, duplicate keys, too deep) become an
 * {@link InputException} with located diagnostics. Aliases and size are bounded by the parser.
 */
public final class YamlTreeReader {

    private static final int MAX_DEPTH = 64;
    private static final int MAX_BYTES = 4 * 1024 * 1024;

    private YamlTreeReader() {
    }

    /** Reads {@code file}; empty for an empty document. */
    public static Optional<YamlNode> read(Path file) {
        String name = file.toString();
        if (Files.isDirectory(file)) {
            throw fileProblem(name, "is a directory; give a YAML file");
        }
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw fileProblem(name, "is larger than " + MAX_BYTES / (1024 * 1024) + " MiB");
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw fileProblem(name, "no such file");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return parse(name, decode(name, bytes));
    }

    /** Parses {@code text}, reporting locations in {@code fileName}; empty for an empty document. */
    public static Optional<YamlNode> parse(String fileName, String text) {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(50);
        options.setAllowDuplicateKeys(true);
        options.setCodePointLimit(MAX_BYTES);
        YAMLFactory factory = YAMLFactory.builder().loaderOptions(options).build();
        try (JsonParser parser = factory.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return Optional.empty();
            }
            return Optional.of(new Builder(fileName, parser).node(0));
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            SourceLocation location = at == null ? SourceLocation.startOf(fileName)
                    : new SourceLocation(fileName, Math.max(1, at.getLineNr()), Math.max(1, at.getColumnNr()));
            throw new InputException(Diagnostic.error(location, "syntax", "YAML syntax: " + e.getOriginalMessage()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String decode(String name, byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw fileProblem(name, "is not UTF-8 text; save it as UTF-8");
        }
    }

    private static InputException fileProblem(String name, String message) {
        return new InputException(Diagnostic.error(SourceLocation.startOf(name), "file", message));
    }

    /** Turns the parser's token stream into nodes, collecting duplicate keys. */
    private static final class Builder {
        private final String fileName;
        private final JsonParser parser;
        private final List<Diagnostic> problems = new ArrayList<>();

        Builder(String fileName, JsonParser parser) {
            this.fileName = fileName;
            this.parser = parser;
        }

        YamlNode node(int depth) throws IOException {
            YamlNode root = value(depth);
            if (!problems.isEmpty()) {
                throw new InputException(problems);
            }
            return root;
        }

        private YamlNode value(int depth) throws IOException {
            SourceLocation location = here();
            if (depth > MAX_DEPTH) {
                throw new InputException(Diagnostic.error(location, "too-deep",
                        "document nested deeper than " + MAX_DEPTH + " levels"));
            }
            JsonToken token = parser.currentToken();
            if (token == JsonToken.START_OBJECT) {
                List<YamlNode.Entry> entries = new ArrayList<>();
                Set<String> seen = new HashSet<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    YamlNode.Key key = new YamlNode.Key(parser.currentName(), here());
                    if (!seen.add(key.name())) {
                        problems.add(Diagnostic.error(key.location(), "duplicate-key",
                                "duplicate key '" + key.name() + "'; keep only one"));
                    }
                    parser.nextToken();
                    entries.add(new YamlNode.Entry(key, value(depth + 1)));
                }
                return new YamlNode.Mapping(entries, location);
            }
            if (token == JsonToken.START_ARRAY) {
                List<YamlNode> items = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    items.add(value(depth + 1));
                }
                return new YamlNode.Sequence(items, location);
            }
            return new YamlNode.Scalar(token == JsonToken.VALUE_NULL ? null : parser.getText(), location);
        }

        private SourceLocation here() {
            JsonLocation at = parser.currentTokenLocation();
            return new SourceLocation(fileName, Math.max(1, at.getLineNr()), Math.max(1, at.getColumnNr()));
        }
    }
}
