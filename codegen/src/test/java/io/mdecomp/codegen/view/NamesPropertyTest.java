package io.mdecomp.codegen.view;

import static org.assertj.core.api.Assertions.assertThat;

import io.mdecomp.codegen.OutputPath;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Laws of {@link Names} over arbitrary names from a seeded generator (a failure names its seed). */
class NamesPropertyTest {

    private static final String ALPHABET = "abcXYZ019 -_./\\:*\"'<>{}|?$~é日\t\n";

    static Stream<Long> seeds() {
        return IntStream.rangeClosed(1, 300).mapToObj(i -> (long) i * 7919);
    }

    private static String randomName(Random random) {
        int length = random.nextInt(12);
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < length; i++) {
            name.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return random.nextInt(10) == 0 ? "../" + name : name.toString();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void everyNameBecomesASafeIdentifierAndPathSegment(long seed) {
        Random random = new Random(seed);
        String name = randomName(random);
        String type = Names.typeName(name, "Fallback");
        String member = Names.memberName(name, "fallback");
        assertThat(type).matches("[A-Za-z_][A-Za-z0-9_]*").satisfies(t -> assertThat(Names.isKeyword(t)).isFalse());
        assertThat(member).matches("[A-Za-z_][A-Za-z0-9_]*").satisfies(m -> assertThat(Names.isKeyword(m)).isFalse());
        assertThat(Names.packageSegment(name, "x")).matches("[a-z_][a-z0-9_]*");
        String kebab = Names.kebab(name, "x");
        assertThat(kebab).matches("[a-z0-9_][a-z0-9_-]*");
        assertThat(OutputPath.problem(kebab)).isNull();
        assertThat(OutputPath.problem(kebab + "/" + type + ".java")).isNull();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void uniqueNamesDifferIgnoringCaseAndKeepTheirOrder(long seed) {
        Random random = new Random(seed);
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 1 + random.nextInt(20); i++) {
            names.add(Names.typeName(randomName(random), "X"));
        }
        List<String> unique = Names.unique(names);
        assertThat(unique).hasSameSizeAs(names);
        assertThat(new HashSet<>(unique.stream().map(n -> n.toLowerCase(Locale.ROOT)).toList())).hasSameSizeAs(names);
        for (int i = 0; i < names.size(); i++) {
            assertThat(unique.get(i)).startsWith(names.get(i));
        }
    }
}
