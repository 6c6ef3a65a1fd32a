package io.mdecomp.model.yaml;

import io.mdecomp.model.diagnostic.InputException;
import io.mdecomp.model.diagnostic.SourceLocation;
import java.util.HashSet;
import java.util.Set;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionEndEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;

/**
 * Turns SnakeYAML's unlocated limit errors (nesting depth, aliases to collections) into located
 * diagnostics by replaying the document's event stream, which needs no memory per level.
 */
final class LimitLocator {

    private LimitLocator() {
    }

    static InputException fail(String file, String text, YamlLimits limits, YAMLException error) {
        String raw = String.valueOf(error.getMessage());
        boolean nesting = raw.contains("Nesting Depth");
        boolean aliases = raw.contains("aliases");
        SourceLocation where = new SourceLocation(file, 0, 0);
        try {
            where = locate(file, text, limits, nesting);
        } catch (YAMLException | StackOverflowError ignored) {
            // keep the file-level location
        }
        if (nesting) {
            return YamlLoader.fail(where, "limit", "collections are nested more than " + limits.maxNestingDepth()
                    + " levels deep");
        }
        if (aliases) {
            return YamlLoader.fail(where, "limit", "more than " + limits.maxAliasesForCollections()
                    + " aliases to lists or mappings (an alias bomb?); write the values out instead");
        }
        return YamlLoader.fail(where, "syntax", "cannot read the YAML document: " + raw);
    }

    private static SourceLocation locate(String file, String text, YamlLimits limits, boolean nesting) {
        int depth = 0;
        int aliases = 0;
        Set<String> collectionAnchors = new HashSet<>();
        for (Event event : YamlLoader.events(text, limits)) {
            if (event instanceof CollectionStartEvent start) {
                depth++;
                if (start.getAnchor() != null) {
                    collectionAnchors.add(start.getAnchor());
                }
                if (nesting && depth > limits.maxNestingDepth()) {
                    return at(file, event.getStartMark());
                }
            } else if (event instanceof CollectionEndEvent) {
                depth--;
            } else if (event instanceof AliasEvent alias && collectionAnchors.contains(alias.getAnchor())) {
                aliases++;
                if (!nesting && aliases > limits.maxAliasesForCollections()) {
                    return at(file, event.getStartMark());
                }
            }
        }
        return new SourceLocation(file, 0, 0);
    }

    private static SourceLocation at(String file, Mark mark) {
        return new SourceLocation(file, mark.getLine() + 1, mark.getColumn() + 1);
    }
}
