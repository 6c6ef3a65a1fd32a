package io.mdecomp.model.yaml;

import io.mdecomp.model.diagnostic.Diagnostic;
import io.mdecomp.model.diagnostic.InputException;
import io.mdecomp.model.diagnostic.SourceLocation;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.ReaderException;
import org.yaml.snakeyaml.reader.StreamReader;

/**
 * Loads one YAML document into a tree of positioned nodes ({@link TreeBuilder}, over the events of
 * SnakeYAML's parser), so that every value keeps its position, within {@link YamlLimits}. Everything that can go wrong becomes an
 * {@link InputException} with one located diagnostic:
 *
 * <ul>
 *   <li>{@code [io]} missing file, directory, unreadable file (located at the file);</li>
 *   <li>{@code [encoding]} bytes that are not UTF-8 (at the line and column of the bad byte);</li>
 *   <li>{@code [empty]} a file with no document (only blanks or comments);</li>
 *   <li>{@code [syntax]} YAML syntax errors, at the problem's line and column, with a hint for
 *       usual causes (an unquoted {@code /orders/{id}} in a flow mapping, tabs, a colon in a value);</li>
 *   <li>{@code [limit]} documents over a size, nesting or alias limit.</li>
 * </ul>
 *
 * Duplicate keys are not detected here but by {@link YamlNode#asMap()}, which locates both.
 * Pure apart from reading the file; thread-safe.
 */
public final class YamlLoader {

    private YamlLoader() {
    }

    /** Loads {@code file} with {@link YamlLimits#DEFAULT}; diagnostics name it as {@code file.toString()}. */
    public static YamlDocument load(Path file) {
        return load(file, YamlLimits.DEFAULT);
    }

    /** Loads {@code file} within {@code limits}. */
    public static YamlDocument load(Path file, YamlLimits limits) {
        String name = file.toString();
        return parse(name, SourceText.read(file, name, limits), limits);
    }

    /** Parses {@code text} as if read from a file called {@code file}, with {@link YamlLimits#DEFAULT}. */
    public static YamlDocument parse(String file, String text) {
        return parse(file, text, YamlLimits.DEFAULT);
    }

    /** Parses {@code text} as if read from a file called {@code file}, within {@code limits}. */
    public static YamlDocument parse(String file, String text, YamlLimits limits) {
        int codePoints = text.codePointCount(0, text.length());
        if (codePoints > limits.maxCodePoints()) {
            throw fail(new SourceLocation(file, 0, 0), "limit", "document is too large (" + codePoints
                    + " characters); the limit is " + limits.maxCodePoints());
        }
        TreeNode root;
        try {
            root = TreeBuilder.build(events(text, limits), options(limits));
        } catch (MarkedYAMLException e) {
            throw new InputException(SyntaxHints.diagnostic(file, e, text));
        } catch (ReaderException e) {
            throw fail(SyntaxHints.locate(file, text, e.getPosition()), "syntax", String.format(
                    "character U+%04X is not allowed in YAML; remove it", e.getCodePoint()));
        } catch (YAMLException e) {
            throw LimitLocator.fail(file, text, limits, e);
        } catch (StackOverflowError e) {
            throw fail(new SourceLocation(file, 0, 0), "limit", "document is nested too deeply");
        }
        if (root == null) {
            throw fail(SourceLocation.startOf(file), "empty", "file is empty; it holds no YAML document");
        }
        return new YamlDocument(file, text, root);
    }

    /**
     * The events of {@code text}, straight from SnakeYAML's parser: the same events as
     * {@code new Yaml(options).parse(reader)}, without setting up the constructor, representer and
     * java.util.logging that {@code Yaml} brings (tens of milliseconds of a short command's start-up).
     */
    static Iterable<Event> events(String text, YamlLimits limits) {
        Parser parser = new ParserImpl(new StreamReader(text), options(limits));
        return () -> new Iterator<>() {
            @Override
            public boolean hasNext() {
                return parser.peekEvent() != null;
            }

            @Override
            public Event next() {
                Event event = parser.getEvent();
                if (event == null) {
                    throw new NoSuchElementException();
                }
                return event;
            }
        };
    }

    private static LoaderOptions options(YamlLimits limits) {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(limits.maxCodePoints());
        options.setNestingDepthLimit(limits.maxNestingDepth());
        options.setMaxAliasesForCollections(limits.maxAliasesForCollections());
        options.setAllowRecursiveKeys(false);
        options.setAllowDuplicateKeys(false);
        options.setProcessComments(false);
        return options;
    }

    static InputException fail(SourceLocation location, String code, String message) {
        return new InputException(Diagnostic.error(location, code, message));
    }
}
