package io.mdecomp.cli;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Seeded mutations of a text file for {@link MutationFuzzTest}: one (or two) of deleting, doubling,
 * swapping or re-indenting lines, replacing a value with a hostile one, inserting a character,
 * adding an unknown key, cutting the file short, or making it non-UTF-8. Lines that mention
 * {@code maxEvents} are kept, so a mutated scenario stays short.
 */
final class Mutator {

    /** Values that break models: wrong types, out of range, names that must be refused, YAML traps. */
    static final List<String> MODEL_VALUES = List.of("", "~", "-1", "0", "1e309", ".nan", "-.inf", "2147483648",
            "0.005", "150%", "String", "Integer", "list<>", "list<Nope>", "../../etc/evil", "a/b", "Order Management",
            "[", "{", "}", "*alias", "&anchor x", "!!binary AAAA", "'", "\"", "yes", "null", "[a, b]", "{a: 1}",
            "ünïcödé", "x".repeat(300), "/orders/{id}", "POST", "FETCH", "aggregate-root", "5ms", "0s", "-3s");
    /** Values that break scenarios: bad quantities, sizes, rates, percentages, durations. */
    static final List<String> SCENARIO_VALUES = List.of("", "~", "-1", "0", "1e309", ".nan", "0.005", "150%", "-5%",
            "101%", "0/s", "-1/s", "5", "1x", "0s", "-3s", "1h", "10000", "2147483648", "[", "{", "'", "*alias",
            "yes", "null", "[a, b]", "{a: 1}", "NoSuchService", "GET /nowhere", "weibull", "{dist: gamma, mean: 5ms}",
            "{dist: empirical, values: []}", "x".repeat(300));
    /** Values that break JSON documents. */
    static final List<String> JSON_VALUES = List.of("null", "true", "-1", "1e309", "\"\"", "\"../../etc/evil\"",
            "\"a/b\"", "[]", "{}", "[", "{", "\"", "\"x\": 1", "\"ünïcödé\"", "NaN", "\"" + "x".repeat(300) + "\"");
    /** Values that break Java sources and their XML descriptors. */
    static final List<String> JAVA_VALUES = List.of("", "{", "}", "(", "\"", "@Entity", "@Table(name = \"\")",
            "@Path(\"{\")", "@OneToMany(mappedBy = \"nope\")", "class", "<", "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>",
            "&e;", "\\u0000", "/*", "\"../../etc/evil\"", "record R(", "x".repeat(300));
    /** Values that break CSV files: quotes, field counts, kinds and labels. */
    static final List<String> CSV_VALUES = List.of("", "\"", "\"a\"\"b\"", ",", ",,,", "entity", "C", "N/U", "x(y)",
            "Order", "\u00e9", "x".repeat(300));
    /** Values that break pack manifests: paths leaving the output, unknown scopes, bad patterns. */
    static final List<String> PACK_VALUES = List.of("", "~", "../../escape.txt", "/etc/passwd", "C:\\\\x",
            "\"${service.nope}\"", "\"${\"", "galaxy", "system", "entity", "missing.ftl", "[", "{", "'", "null",
            "\"a/../../b\"", "\"${service.artifactId}/../../x\"");
    /** FreeMarker that must end in a clean error, never in the JVM or outside the output. */
    private static final List<String> TEMPLATE_SNIPPETS = List.of("${nope}", "<#if>", "${service.nope.deeper}",
            "${\"freemarker.template.utility.Execute\"?new()(\"id\")}", "<#include \"/etc/passwd\">",
            "<#import \"../../x.ftl\" as x>", "${service?api}", "<#assign x = 1/0>${x}", "${.data_model}",
            "<#list service.nope as x></#list>", "${", "<#macro m></#macro><@m/>", "</#if>", "${service.name?number}");
    private static final String INSERTED = "{}[]:-#&*!|>'\"%@\t\u00e9\u0000\u2028";
    /** A key (quoted, as in JSON, or not) and its value; CSV lines have fields after commas instead. */
    private static final Pattern VALUE = Pattern.compile("(\\w+)\"?: *([^\\s{\\[,}\\]#][^,}\\]#]*)|(?<=,)([^,\\n]*)");

    private Mutator() {
    }

    static byte[] mutate(byte[] content, SplittableRandom random, List<String> values) {
        String text = new String(content, StandardCharsets.UTF_8);
        int mutations = random.nextInt(4) == 0 ? 2 : 1;
        for (int i = 0; i < mutations; i++) {
            if (random.nextInt(25) == 0) {
                return nonUtf8(text, random);
            }
            text = once(text, random, values);
        }
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] mutateTemplate(byte[] content, SplittableRandom random) {
        String text = new String(content, StandardCharsets.UTF_8);
        if (random.nextBoolean()) {
            int at = random.nextInt(text.length() + 1);
            text = text.substring(0, at) + TEMPLATE_SNIPPETS.get(random.nextInt(TEMPLATE_SNIPPETS.size())) + text.substring(at);
            return text.getBytes(StandardCharsets.UTF_8);
        }
        return mutate(content, random, List.of("${", "<#if x>", "${service.name}", "</#list>", "?c", "!"));
    }

    private static String once(String text, SplittableRandom random, List<String> values) {
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        int line = random.nextInt(lines.size());
        if (lines.get(line).contains("maxEvents")) {
            return text;
        }
        switch (random.nextInt(9)) {
            case 0 -> lines.remove(line);
            case 1 -> lines.add(line, lines.get(line));
            case 2 -> {
                int other = random.nextInt(lines.size());
                if (!lines.get(other).contains("maxEvents")) {
                    String swap = lines.get(line);
                    lines.set(line, lines.get(other));
                    lines.set(other, swap);
                }
            }
            case 3 -> lines.set(line, random.nextBoolean() ? " ".repeat(1 + random.nextInt(3)) + lines.get(line)
                    : lines.get(line).replaceFirst("^ {1,3}", ""));
            case 4, 5 -> lines.set(line, replaceValue(lines.get(line), random, values));
            case 6 -> {
                String current = lines.get(line);
                int at = random.nextInt(current.length() + 1);
                lines.set(line, current.substring(0, at) + INSERTED.charAt(random.nextInt(INSERTED.length()))
                        + current.substring(at));
            }
            case 7 -> lines.add(line, lines.get(line).replaceFirst("^( *-? *).*", "$1colour: red"));
            default -> {
                return text.substring(0, random.nextInt(text.length() + 1));
            }
        }
        return String.join("\n", lines);
    }

    private static String replaceValue(String line, SplittableRandom random, List<String> values) {
        Matcher matcher = VALUE.matcher(line);
        List<int[]> spans = new ArrayList<>();
        while (matcher.find()) {
            int group = matcher.start(2) >= 0 ? 2 : 3;
            spans.add(new int[] {matcher.start(group), matcher.end(group)});
        }
        String value = values.get(random.nextInt(values.size()));
        if (spans.isEmpty()) {
            return line + " " + value;
        }
        int[] span = spans.get(random.nextInt(spans.size()));
        return line.substring(0, span[0]) + value + line.substring(span[1]);
    }

    private static byte[] nonUtf8(String text, SplittableRandom random) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        int at = random.nextInt(bytes.length + 1);
        byte[] out = new byte[bytes.length + 2];
        System.arraycopy(bytes, 0, out, 0, at);
        out[at] = (byte) 0xC3;
        out[at + 1] = (byte) 0x28;
        System.arraycopy(bytes, at, out, at + 2, bytes.length - at);
        return out;
    }
}
