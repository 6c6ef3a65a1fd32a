package io.mdecomp.model.yaml;

import io.mdecomp.model.YamlEnum;
import io.mdecomp.model.diagnostic.SourceLocation;
import io.mdecomp.model.diagnostic.Suggestions;
import io.mdecomp.model.distribution.Distribution;
import io.mdecomp.model.quantity.Duration;
import io.mdecomp.model.quantity.Percentage;
import io.mdecomp.model.quantity.QuantityFormatException;
import io.mdecomp.model.quantity.Rate;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A YAML value with its location, read into typed values while <em>collecting</em> problems: every
 * {@code asX} method returns the value, or records a located error in the
 * {@link DiagnosticCollector} and returns {@link Optional#empty()} so the caller can go on and find
 * the next problem. Nothing here throws for bad input; call
 * {@link DiagnosticCollector#throwIfErrors()} when the whole document has been read.
 *
 * <p>Messages name the value by its label, the key it sits under ({@code 'reads'}) or its place
 * in a list ({@code item 2 of 'calls'}), and say what was expected and what was found:
 * {@code 'reads' must be a list of names, got a mapping [type]}. Codes: {@code type} for a value
 * of the wrong shape, {@code value} for a value of the right shape that is out of range or
 * malformed. Typical use:
 *
 * <pre>{@code
 * DiagnosticCollector problems = new DiagnosticCollector(file);
 * YamlDocument document = YamlLoader.load(path);          // throws InputException when unreadable
 * document.root(problems).asMap().ifPresent(root -> {
 *     root.allowOnly("name", "rate", "timeout");           // unknown keys, with "did you mean"
 *     Optional<String> name = root.name("name");           // required
 *     Optional<Rate> rate = root.optional("rate").flatMap(YamlNode::asRate);
 * });
 * problems.throwIfErrors();                                 // InputException with all diagnostics
 * }</pre>
 */
public final class YamlNode {

    private static final Pattern NOT_FINITE = Pattern.compile("[-+]?\\.?(nan|inf|infinity)", Pattern.CASE_INSENSITIVE);

    private final TreeNode node;
    private final String label;
    private final String file;
    private final DiagnosticCollector problems;

    YamlNode(TreeNode node, String label, String file, DiagnosticCollector problems) {
        this.node = node;
        this.label = label;
        this.file = file;
        this.problems = problems;
    }

    /** Where the value starts (1-based line and column). */
    public SourceLocation location() {
        return new SourceLocation(file, node.line() + 1, node.column() + 1);
    }

    /** The value as the parser read it, for code that rewrites documents (sweeps substitute values). */
    public TreeNode tree() {
        return node;
    }

    /** How messages name this value, e.g. {@code 'reads'} or {@code item 2 of 'calls'}. */
    public String label() {
        return label;
    }

    /** The collector this value reports to. */
    public DiagnosticCollector problems() {
        return problems;
    }

    /** This value under another name in messages. */
    public YamlNode labelled(String newLabel) {
        return new YamlNode(node, newLabel, file, problems);
    }

    public boolean isNull() {
        return node instanceof TreeNode.Scalar scalar && scalar.isNull();
    }

    public boolean isMapping() {
        return node instanceof TreeNode.Mapping;
    }

    public boolean isList() {
        return node instanceof TreeNode.Sequence;
    }

    public boolean isScalar() {
        return node instanceof TreeNode.Scalar && !isNull();
    }

    /** A word for the kind of value found, for messages: {@code a mapping}, {@code a list}, {@code 'abc'}. */
    public String describe() {
        if (node instanceof TreeNode.Mapping) {
            return "a mapping";
        }
        if (node instanceof TreeNode.Sequence) {
            return "a list";
        }
        if (isNull()) {
            return "nothing";
        }
        String text = ((TreeNode.Scalar) node).value();
        return "'" + (text.length() > 40 ? text.substring(0, 37) + "..." : text) + "'";
    }

    /** Records an error about this value: {@code code} is e.g. {@code value} or {@code ref}. */
    public void error(String code, String message) {
        problems.error(location(), code, message);
    }

    /** Records that this value has the wrong shape: "{label} must be {expected}, got {found}". */
    public <T> Optional<T> typeError(String expected) {
        error("type", label + " must be " + expected + ", got " + describe());
        return Optional.empty();
    }

    /** The mapping, with duplicate and non-scalar keys reported. */
    public Optional<YamlMap> asMap() {
        if (!(node instanceof TreeNode.Mapping mapping)) {
            return typeError("a mapping");
        }
        return Optional.of(new YamlMap(mapping, label, file, problems));
    }

    /** The items of the list, labelled {@code item N of LABEL} (N from 1). */
    public Optional<List<YamlNode>> asList() {
        return asList("a list");
    }

    /** The items of the list; {@code expected} words the type error, e.g. {@code a list of calls}. */
    public Optional<List<YamlNode>> asList(String expected) {
        if (!(node instanceof TreeNode.Sequence sequence)) {
            return typeError(expected);
        }
        List<YamlNode> items = new ArrayList<>(sequence.items().size());
        int index = 1;
        for (TreeNode item : sequence.items()) {
            items.add(new YamlNode(item, "item " + index++ + " of " + label, file, problems));
        }
        return Optional.of(items);
    }

    /** Each item converted by {@code reader}; items that fail are reported by it and left out. */
    public <T> Optional<List<T>> asListOf(String expected, Function<YamlNode, Optional<T>> reader) {
        return asList(expected).map(items -> items.stream().map(reader).flatMap(Optional::stream).toList());
    }

    /** The text of a scalar (numbers and booleans as written). */
    public Optional<String> asString() {
        if (!isScalar()) {
            return typeError("a text");
        }
        return Optional.of(((TreeNode.Scalar) node).value());
    }

    /** A name: a scalar on one line, not blank, trimmed. */
    public Optional<String> asName() {
        if (!isScalar()) {
            return typeError("a name");
        }
        String text = ((TreeNode.Scalar) node).value().strip();
        if (text.isEmpty() || text.chars().anyMatch(Character::isISOControl)) {
            error("value", label + " must be a name on one line, got '" + text + "'");
            return Optional.empty();
        }
        return Optional.of(text);
    }

    /** A list of names ({@code [Order, OrderItem]}); names that are not valid are reported and left out. */
    public Optional<List<String>> asNames() {
        return asListOf("a list of names", YamlNode::asName);
    }

    /** A finite number; NaN and infinities are refused. */
    public Optional<Double> asDouble() {
        if (!isScalar()) {
            return typeError("a number");
        }
        String text = ((TreeNode.Scalar) node).value().strip();
        if (NOT_FINITE.matcher(text).matches()) {
            error("value", label + " must be a finite number, got '" + text + "'");
            return Optional.empty();
        }
        try {
            return Optional.of(new BigDecimal(text.replace("_", "")).doubleValue())
                    .filter(Double::isFinite)
                    .or(() -> {
                        error("value", label + " must be a finite number, got '" + text + "'");
                        return Optional.empty();
                    });
        } catch (NumberFormatException e) {
            String hint = text.endsWith("%") ? " (write a fraction such as 0.2, not a percentage)" : "";
            error("type", label + " must be a number, got '" + text + "'" + hint);
            return Optional.empty();
        }
    }

    /** A number in a range; {@code range} words it for messages, e.g. {@code in (0, 1]}. */
    public Optional<Double> asDoubleIn(double min, boolean minInclusive, double max, boolean maxInclusive) {
        return asDouble().filter(value -> {
            boolean ok = (minInclusive ? value >= min : value > min) && (maxInclusive ? value <= max : value < max);
            if (!ok) {
                error("value", label + " must lie in " + (minInclusive ? "[" : "(") + number(min) + ", "
                        + number(max) + (maxInclusive ? "]" : ")") + ", got " + number(value));
            }
            return ok;
        });
    }

    /** A whole number in the range of {@code int}. */
    public Optional<Integer> asInt() {
        return asDouble().filter(value -> {
            boolean ok = value == Math.rint(value) && Math.abs(value) <= Integer.MAX_VALUE;
            if (!ok) {
                error("value", label + " must be a whole number, got " + number(value));
            }
            return ok;
        }).map(Double::intValue);
    }

    /**
     * A whole number in {@code [min, max]}; above {@code max} the message gives {@code why} the
     * limit exists, e.g. {@code "the simulator's limit per instance"}.
     */
    public Optional<Integer> asIntIn(int min, int max, String why) {
        return asDouble().filter(value -> {
            if (value != Math.rint(value)) {
                error("value", label + " must be a whole number, got " + number(value));
                return false;
            }
            if (value < min) {
                error("value", label + " must be at least " + min + ", got " + number(value));
                return false;
            }
            if (value > max) {
                error("value", label + " must be at most " + max + " (" + why + "), got " + number(value));
                return false;
            }
            return true;
        }).map(Double::intValue);
    }

    /** A whole number {@code >= min}. */
    public Optional<Integer> asIntAtLeast(int min) {
        return asInt().filter(value -> {
            if (value < min) {
                error("value", label + " must be at least " + min + ", got " + value);
            }
            return value >= min;
        });
    }

    /** {@code true} or {@code false} (only these two words). */
    public Optional<Boolean> asBoolean() {
        if (isScalar()) {
            String text = ((TreeNode.Scalar) node).value().strip();
            if (text.equals("true") || text.equals("false")) {
                return Optional.of(Boolean.valueOf(text));
            }
        }
        return typeError("true or false");
    }

    /**
     * One of the constants of {@code type} by its YAML name (case-insensitive); otherwise an error
     * listing the known names, with a "did you mean".
     */
    public <E extends Enum<E> & YamlEnum> Optional<E> asEnum(Class<E> type) {
        List<String> known = Arrays.stream(type.getEnumConstants()).map(YamlEnum::yamlName).toList();
        if (!isScalar()) {
            return typeError("one of " + String.join(", ", known));
        }
        String text = ((TreeNode.Scalar) node).value().strip();
        for (E constant : type.getEnumConstants()) {
            if (constant.yamlName().equalsIgnoreCase(text)) {
                return Optional.of(constant);
            }
        }
        error("value", label + " must be one of " + known.stream().collect(Collectors.joining(", "))
                + ", got '" + text + "'" + Suggestions.didYouMean(text, known));
        return Optional.empty();
    }

    /** A duration with a unit ({@code 750us}, {@code 5ms}, {@code 1.5s}, {@code 2m}, {@code 1h}). */
    public Optional<Duration> asDuration() {
        return quantity("a duration such as 5ms", Duration::parse);
    }

    /** A rate above zero ({@code 200/s}, {@code 12000/min}). */
    public Optional<Rate> asRate() {
        return quantity("a rate such as 200/s", Rate::parse);
    }

    /** A percentage from 0% to 100% ({@code 1%}, {@code 0.1%}); a bare number is refused with a hint. */
    public Optional<Percentage> asPercentage() {
        return quantity("a percentage such as 1%", text -> {
            String number = text.strip();
            if (number.matches("-?[0-9]+(\\.[0-9]+)?")) {
                BigDecimal value = new BigDecimal(number);
                String asFraction = value.signum() > 0 && value.compareTo(BigDecimal.ONE) <= 0
                        ? " (or '" + value.movePointRight(2).stripTrailingZeros().toPlainString()
                                + "%' if " + number + " is a fraction)" : "";
                throw new QuantityFormatException("'" + number + "' has no % sign; write e.g. '" + number + "%'"
                        + asFraction);
            }
            return Percentage.parse(text);
        });
    }

    /**
     * A distribution of durations (SPEC §3): a bare duration (exponential with that mean) or a
     * mapping {@code {dist: KIND, ...}} of kind constant, exponential, uniform, lognormal (median
     * and p99, or mean and cv), gamma, erlang, hyperexponential, normal or empirical.
     */
    public Optional<Distribution> asDistribution() {
        return DistributionReader.read(this);
    }

    private <T> Optional<T> quantity(String expected, Function<String, T> parser) {
        if (!isScalar()) {
            return typeError(expected);
        }
        try {
            return Optional.of(parser.apply(((TreeNode.Scalar) node).value()));
        } catch (IllegalArgumentException e) {
            error("value", label + ": " + e.getMessage());
            return Optional.empty();
        }
    }

    static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    TreeNode node() {
        return node;
    }
}
