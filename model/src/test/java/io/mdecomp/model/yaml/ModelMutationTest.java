package io.mdecomp.model.yaml;

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
import org.junit.jupiter.params.provider.MethodSource;

/** Random damage to valid models never produces anything but a model or an {@link InputException}. */
class ModelMutationTest {

    private static final List<String> GARBAGE = List.of("", "-1", "0", ".nan", "1e400", "{", "[x", "*a", "&b x",
            "!!binary x", "\t", "yes", "'", "\"", "%", "/a/{b}", "~", "[]", "{}", "[[1]]", "-", "? x", "|", ">",
            "0/s", "150%", "5", "list<", "a: b: c", "!!map {}", "\u0000", "\uFEFF");
    private static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z0-9]+");

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
            ModelReader.readString("mutant.yaml", text);
        } catch (InputException e) {
            assertThat(e.diagnostics()).isNotEmpty().allSatisfy(d -> {
                assertThat(d.location().file()).isEqualTo("mutant.yaml");
                assertThat(d.message()).isNotBlank();
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
