package io.mdecomp.codegen.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SortedMap;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ChecksumsTest {

    private static final String HASH = "5891b5b522d5df086d0ff0b110fbd9d21bb4fc7163af34d08286a2e846f6be03";

    /** Paths of plain and awkward characters (quotes, backslashes, line breaks, controls, non-ASCII). */
    private static SortedMap<String, String> record(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        String alphabet = "abcXYZ019/._-\"\\\n\t\u0001\u00e9\u2713 ";
        SortedMap<String, String> files = new TreeMap<>();
        int count = random.nextInt(0, 30);
        for (int i = 0; i < count; i++) {
            StringBuilder path = new StringBuilder();
            int length = random.nextInt(1, 20);
            for (int j = 0; j < length; j++) {
                path.append(alphabet.charAt(random.nextInt(random.nextBoolean() ? 13 : alphabet.length())));
            }
            files.put(path.toString(), Long.toHexString(random.nextLong()) + HASH.substring(16));
        }
        return files;
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16})
    void parsingWhatIsFormattedGivesTheRecordBack(long seed) {
        SortedMap<String, String> files = record(seed);
        assertThat(Checksums.parse(Checksums.format(files))).as("seed %d", seed).isEqualTo(files);
    }

    @Test
    void readsTheUsualRecordWithoutAJsonParserAndOtherLayoutsWithOne() {
        SortedMap<String, String> files = new TreeMap<>();
        files.put("a/b.txt", HASH);
        files.put("c.txt", HASH);
        String formatted = Checksums.format(files);
        assertThat(Checksums.parseFormatted(formatted)).isEqualTo(files);
        assertThat(Checksums.parseFormatted(Checksums.format(new TreeMap<>()))).isEmpty();

        String compact = "{\"version\":1,\"files\":{\"c.txt\":\"" + HASH + "\",\"a/b.txt\":\"" + HASH + "\"}}";
        assertThat(Checksums.parseFormatted(compact)).isNull();
        assertThat(Checksums.parse(compact)).isEqualTo(files);

        String repeated = formatted.replace("\"c.txt\"", "\"a/b.txt\"");
        assertThat(Checksums.parseFormatted(repeated)).isNull();
        assertThat(Checksums.parse(repeated)).containsOnlyKeys("a/b.txt");

        String escaped = formatted.replace("a/b.txt", "a\\u002Fb.txt");
        assertThat(Checksums.parseFormatted(escaped)).isNull();
        assertThat(Checksums.parse(escaped)).isEqualTo(files);
    }

    @Test
    void anUnreadableRecordCountsAsEmpty() {
        assertThat(Checksums.parse("{\n  \"version\": 1,\n  \"files\": {\n    \"a.txt\": \"")).isEmpty();
        assertThat(Checksums.parse("not json")).isEmpty();
        assertThat(Checksums.parse("")).isEmpty();
    }
}
