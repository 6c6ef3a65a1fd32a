package io.mdecomp.model.format;

import static org.assertj.core.api.Assertions.assertThat;

import io.mdecomp.model.diagnostic.InputException;
import io.mdecomp.model.testing.RandomModels;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Damage to valid models: each kind of damage gets its own located diagnostic (so a reader that
 * accepted everything fails here), and random damage never produces anything but a model that
 * writes and reads back the same, or an {@link InputException} with located diagnostics.
 */
class ModelMutationTest {

    private static final List<String> GARBAGE = List.of("", "-1", "0", ".nan", "1e400", "{", "[x", "*a", "&b x",
            "!!binary x", "\t", "yes", "'", "\"", "%", "/a/{b}", "~", "[]", "{}", "[[1]]", "-", "? x", "|", ">",
            "0/s", "150%", "5", "list<", "a: b: c", "!!map {}", "\u0000", "\uFEFF");
    private static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z0-9]+");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "line deleted        | 'system: shop\n'                 | ''                                  | mutant.yaml:1:1: error: the model is missing the required key 'system' [missing-key]",
        "reference misspelt  | 'writes: [Order]'                 | 'writes: [Ordr]'                    | mutant.yaml:20:18: error: endpoint 'OrderService.placeOrder' writes unknown entity 'Ordr' (known: Order, OrderItem, Product) [ref]",
        "value garbled       | 'timeout: 200ms'                  | 'timeout: 200'                      | mutant.yaml:22:65: error: 'timeout': duration '200' has no unit; write e.g. '200ms' or '200s' (units: us, ms, s, m, h) [value]",
        "line doubled        | '  - name: StockService\n'        | '  - name: StockService\n  - name: StockService\n' | mutant.yaml:23:5: error: service 'StockService' is missing the required key 'context' [missing-key]",
        "indentation broken  | '    context: Stock\n'            | '   context: Stock\n'                | mutant.yaml:24:4: error: YAML syntax error: check the indentation of line 24: this key is indented 3 spaces, which does not line up with the lines of the list that starts at line 14, column 3; the lines above are indented 0, 2 or 4 spaces [syntax]",
        "key misspelt        | 'endpoints:\n      - {name: reserve' | 'endpoint:\n      - {name: reserve' | mutant.yaml:25:5: error: unknown key 'endpoint' in service 'StockService'; did you mean 'endpoints'? [unknown-key]",
        "file cut short      | 'release}'                        | 'rel'                               | mutant.yaml:28:1: error: YAML syntax error: expected ',' or '}', but got <stream end> (while parsing a flow mapping started at line 27, column 9) [syntax]",
        "name made unsafe    | 'name: Sales'                     | 'name: ../Sales'                    | mutant.yaml:4:11: error: domain name '../Sales' is not allowed: write any text on one line without '/', '\\' or control characters, not starting or ending with a space [name]",
    })
    void eachKindOfDamageGetsItsOwnLocatedDiagnostic(String damage, String from, String to, String expected) {
        String base = ModelReaderTest.BASE;
        assertThat(base).contains(from.translateEscapes());
        try {
            ModelReader.readString("mutant.yaml", base.replace(from.translateEscapes(), to.translateEscapes()));
            throw new AssertionError(damage + ": the damaged model was accepted");
        } catch (InputException e) {
            assertThat(e.diagnostics()).extracting(io.mdecomp.model.diagnostic.Diagnostic::format).contains(expected);
        }
    }

    static LongStream seeds() {
        return LongStream.range(0, 400);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void damagedModelsFailOnlyWithLocatedInputErrors(long seed) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        String text = seed % 4 == 0 ? Files.readString(Path.of("../samples/ecommerce/model.yaml"))
                : ModelWriter.write(RandomModels.model(seed));
        int mutations = 1 + random.nextInt(3);
        for (int i = 0; i < mutations; i++) {
            text = mutate(text, random);
        }
        try {
            io.mdecomp.model.DomainModel model = ModelReader.readString("mutant.yaml", text);
            String written = ModelWriter.write(model);
            assertThat(ModelWriter.write(ModelReader.readString("again.yaml", written))).as("accepted damage must"
                    + " still be a model that writes and reads back the same").isEqualTo(written);
        } catch (InputException e) {
            assertThat(e.diagnostics()).isNotEmpty().allSatisfy(d -> {
                assertThat(d.location().file()).isEqualTo("mutant.yaml");
                assertThat(d.message()).isNotBlank();
                assertThat(d.location().isKnown() || List.of("empty", "too-many", "limit", "encoding").contains(d.code()))
                        .as("located: %s", d).isTrue();
            });
            assertThat(e.getMessage()).doesNotContain("Exception");
        }
    }

    static String mutate(String text, SplittableRandom random) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        int line = random.nextInt(lines.size());
        switch (random.nextInt(7)) {
            case 0:
                lines.remove(line);
                break;
            case 1: {
                String l = lines.get(line);
                int colon = l.indexOf(": ");
                String garbage = GARBAGE.get(random.nextInt(GARBAGE.size()));
                lines.set(line, colon < 0 ? garbage + l : l.substring(0, colon + 2) + garbage);
                break;
            }
            case 2: {
                Matcher words = WORD.matcher(text);
                List<int[]> spans = new ArrayList<>();
                while (words.find()) {
                    spans.add(new int[] {words.start(), words.end()});
                }
                if (spans.isEmpty()) {
                    return text;
                }
                int[] span = spans.get(random.nextInt(spans.size()));
                return text.substring(0, span[1]) + "x" + text.substring(span[1]);
            }
            case 3: {
                int at = random.nextInt(text.length() + 1);
                String garbage = GARBAGE.get(random.nextInt(GARBAGE.size()));
                return text.substring(0, at) + garbage + text.substring(at);
            }
            case 4:
                lines.add(line, lines.get(line));
                break;
            case 5:
                lines.set(line, random.nextBoolean() ? "  " + lines.get(line) : lines.get(line).replaceFirst("^  ", ""));
                break;
            default:
                return text.substring(0, random.nextInt(text.length() + 1));
        }
        return String.join("\n", lines);
    }

}
