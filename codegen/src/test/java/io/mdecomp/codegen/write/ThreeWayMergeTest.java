package io.mdecomp.codegen.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ThreeWayMergeTest {

    @Test
    void keepsAHandEditAndAddsANewGeneratedMethod() {
        String base = "class A {\n    int a() {\n        return 0;\n    }\n}\n";
        String ours = "class A {\n    int a() {\n        return 42; // real logic\n    }\n}\n";
        String theirs = "class A {\n    int a() {\n        return 0;\n    }\n\n    int b() {\n        return 0;\n    }\n}\n";
        ThreeWayMerge.Result merged = ThreeWayMerge.merge(base, ours, theirs);
        assertThat(merged.isClean()).isTrue();
        assertThat(merged.text()).isEqualTo("class A {\n    int a() {\n        return 42; // real logic\n    }\n\n"
                + "    int b() {\n        return 0;\n    }\n}\n");
    }

    @Test
    void marksLinesBothSidesChangedDifferently() {
        String base = "one\ntwo\nthree\n";
        ThreeWayMerge.Result merged = ThreeWayMerge.merge(base, "one\nTWO by hand\nthree\n", "one\n2 generated\nthree\n");
        assertThat(merged.conflicts()).isEqualTo(1);
        assertThat(merged.text()).isEqualTo("one\n<<<<<<< yours\nTWO by hand\n||||||| generated before\ntwo\n=======\n"
                + "2 generated\n>>>>>>> generated now\nthree\n");
    }

    @Test
    void adjacentChangesOfBothSidesConflict() {
        ThreeWayMerge.Result merged = ThreeWayMerge.merge("a\nb\nc\nd\n", "a\nB\nc\nd\n", "a\nb\nC\nd\n");
        assertThat(merged.conflicts()).isEqualTo(1);
    }

    @Test
    void theSameChangeOnBothSidesIsTakenOnce() {
        ThreeWayMerge.Result merged = ThreeWayMerge.merge("a\nb\nc\n", "a\nx\nc\n", "a\nx\nc\n");
        assertThat(merged.isClean()).isTrue();
        assertThat(merged.text()).isEqualTo("a\nx\nc\n");
    }

    @Test
    void aMissingFinalNewlineSurvivesAndMarkersStayOnTheirOwnLines() {
        assertThat(ThreeWayMerge.merge("a\nb", "a\nb", "a\nc").text()).isEqualTo("a\nc");
        assertThat(ThreeWayMerge.merge("a\nb", "a\nx", "a\ny").text())
                .isEqualTo("a\n<<<<<<< yours\nx\n||||||| generated before\nb\n=======\ny\n>>>>>>> generated now\n");
        assertThat(ThreeWayMerge.merge("", "", "new\n").text()).isEqualTo("new\n");
    }

    static LongStream seeds() {
        return LongStream.range(1, 201);
    }

    /** Identity laws, and edits of two far-apart places merging into both edits. */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void editsOfSeparatePlacesMergeIntoBoth(long seed) {
        Random random = new Random(seed);
        List<String> base = new ArrayList<>();
        int size = 12 + random.nextInt(40);
        for (int i = 0; i < size; i++) {
            base.add("line " + i + " " + random.nextInt(1000) + "\n");
        }
        int cut = 4 + random.nextInt(size - 8);
        List<String> ours = edit(base, 0, cut - 2, random, "ours");
        List<String> theirs = edit(base, cut, size, random, "theirs");
        String b = String.join("", base);
        String o = String.join("", ours);
        String t = String.join("", theirs);
        assertThat(ThreeWayMerge.merge(b, b, t).text()).as("nothing changed by hand: the new generation").isEqualTo(t);
        assertThat(ThreeWayMerge.merge(b, o, b).text()).as("generation unchanged: the hand edit").isEqualTo(o);
        assertThat(ThreeWayMerge.merge(b, o, o).text()).as("the same on both sides").isEqualTo(o);
        List<String> both = new ArrayList<>(ours.subList(0, ours.size() - (size - cut + 2)));
        both.addAll(base.subList(cut - 2, cut));
        both.addAll(theirs.subList(cut, theirs.size()));
        ThreeWayMerge.Result merged = ThreeWayMerge.merge(b, o, t);
        assertThat(merged.isClean()).as("seed %d", seed).isTrue();
        assertThat(merged.text()).as("seed %d", seed).isEqualTo(String.join("", both));
    }

    /** {@code lines} with one random replacement, insertion or deletion inside [from, to). */
    private static List<String> edit(List<String> lines, int from, int to, Random random, String tag) {
        List<String> result = new ArrayList<>(lines);
        int at = from + random.nextInt(to - from);
        switch (random.nextInt(3)) {
            case 0 -> result.set(at, tag + " replaced " + at + "\n");
            case 1 -> result.add(at, tag + " inserted " + at + "\n");
            default -> result.remove(at);
        }
        return result;
    }
}
