package io.mdecomp.cli.config;

import io.mdecomp.model.diagnostic.SourceLocation;
import java.util.List;
import java.util.Optional;

/**
 * A node of a YAML document with the location it starts at, so every value read from a
 * configuration can be reported as {@code file:line:col}.
 */
public sealed interface YamlNode permits YamlNode.Scalar, YamlNode.Mapping, YamlNode.Sequence {

    SourceLocation location();

    /** A short word for messages: {@code a scalar}, {@code a mapping}, {@code a list}. */
    String describe();

    /** A scalar; {@code text} is null for YAML's {@code null} / {@code ~}. */
    record Scalar(String text, SourceLocation location) implements YamlNode {
        @Override
        public String describe() {
            return text == null ? "null" : "'" + text + "'";
        }
    }

    /** A key of a mapping, with its own location. */
    record Key(String name, SourceLocation location) {
    }

    /** One entry of a mapping. */
    record Entry(Key key, YamlNode value) {
    }

    /** A mapping, entries in document order. */
    record Mapping(List<Entry> entries, SourceLocation location) implements YamlNode {
        public Mapping {
            entries = List.copyOf(entries);
        }

        /** The value under {@code name}, if present. */
        public Optional<YamlNode> get(String name) {
            return entries.stream().filter(e -> e.key().name().equals(name)).map(Entry::value).findFirst();
        }

        @Override
        public String describe() {
            return "a mapping";
        }
    }

    /** A sequence. */
    record Sequence(List<YamlNode> items, SourceLocation location) implements YamlNode {
        public Sequence {
            items = List.copyOf(items);
        }

        @Override
        public String describe() {
            return "a list";
        }
    }
}
