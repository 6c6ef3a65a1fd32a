package io.mdecomp.codegen.write;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Merges two descendants of one text line by line, as {@code diff3} and {@code git merge-file}
 * do: the changes each side made to the base (found with java-diff-utils' Myers diff) are
 * applied together; where the two sides changed overlapping or adjacent lines differently, both
 * versions are kept between conflict markers, with the base between them:
 *
 * <pre>
 * &lt;&lt;&lt;&lt;&lt;&lt;&lt; yours
 * (the lines as you changed them)
 * ||||||| generated before
 * (the lines as mdecomp generated them last time)
 * =======
 * (the lines as mdecomp generates them now)
 * &gt;&gt;&gt;&gt;&gt;&gt;&gt; generated now
 * </pre>
 *
 * Running time: two Myers diffs, O((n + m) d) for texts of n and m lines that differ in d lines.
 */
public final class ThreeWayMerge {

    /** The first line of a conflict. */
    public static final String OURS_MARKER = "<<<<<<< yours";
    /** Between their version and the base. */
    public static final String BASE_MARKER = "||||||| generated before";
    /** Between the base and the new generation. */
    public static final String SEPARATOR = "=======";
    /** The last line of a conflict. */
    public static final String THEIRS_MARKER = ">>>>>>> generated now";

    private ThreeWayMerge() {
    }

    /**
     * The merge of {@code ours} (the file as the user changed it) and {@code theirs} (the new
     * generation), both descended from {@code base} (the previous generation).
     */
    public static Result merge(String base, String ours, String theirs) {
        List<String> baseLines = lines(base);
        List<Change> changes = new ArrayList<>();
        changes.addAll(changes(baseLines, lines(ours), Side.OURS));
        changes.addAll(changes(baseLines, lines(theirs), Side.THEIRS));
        changes.sort(Comparator.comparingInt(Change::start).thenComparingInt(Change::end));

        StringBuilder out = new StringBuilder();
        int conflicts = 0;
        int position = 0;
        int i = 0;
        while (i < changes.size()) {
            Change first = changes.get(i);
            int start = first.start();
            int end = first.end();
            int j = i + 1;
            while (j < changes.size() && touches(changes.get(j), start, end)) {
                end = Math.max(end, changes.get(j).end());
                j++;
            }
            List<Change> cluster = changes.subList(i, j);
            append(out, baseLines.subList(position, start));
            List<String> oursText = apply(baseLines, start, end, cluster, Side.OURS);
            List<String> theirsText = apply(baseLines, start, end, cluster, Side.THEIRS);
            boolean bothSides = cluster.stream().anyMatch(c -> c.side() == Side.OURS)
                    && cluster.stream().anyMatch(c -> c.side() == Side.THEIRS);
            if (!bothSides) {
                append(out, first.side() == Side.OURS ? oursText : theirsText);
            } else if (oursText.equals(theirsText)) {
                append(out, oursText);
            } else {
                conflicts++;
                conflict(out, oursText, baseLines.subList(start, end), theirsText);
            }
            position = end;
            i = j;
        }
        append(out, baseLines.subList(position, baseLines.size()));
        return new Result(out.toString(), conflicts);
    }

    /**
     * A change joins a cluster spanning base lines [start, end) when it overlaps or touches it;
     * an insertion touches a range that starts or ends where it is.
     */
    private static boolean touches(Change change, int start, int end) {
        return change.start() <= end;
    }

    /** The lines [start, end) of the base with the given side's changes of the cluster applied. */
    private static List<String> apply(List<String> base, int start, int end, List<Change> cluster, Side side) {
        List<String> result = new ArrayList<>();
        int position = start;
        for (Change change : cluster) {
            if (change.side() != side) {
                continue;
            }
            result.addAll(base.subList(position, change.start()));
            result.addAll(change.lines());
            position = change.end();
        }
        result.addAll(base.subList(position, end));
        return result;
    }

    private static void conflict(StringBuilder out, List<String> ours, List<String> base, List<String> theirs) {
        out.append(OURS_MARKER).append('\n');
        appendEnded(out, ours);
        out.append(BASE_MARKER).append('\n');
        appendEnded(out, base);
        out.append(SEPARATOR).append('\n');
        appendEnded(out, theirs);
        out.append(THEIRS_MARKER).append('\n');
    }

    private static void append(StringBuilder out, List<String> lines) {
        lines.forEach(out::append);
    }

    /** Appends the lines, ending the last with a newline so a marker can follow. */
    private static void appendEnded(StringBuilder out, List<String> lines) {
        append(out, lines);
        if (!lines.isEmpty() && !lines.get(lines.size() - 1).endsWith("\n")) {
            out.append('\n');
        }
    }

    private static List<Change> changes(List<String> base, List<String> revised, Side side) {
        List<Change> changes = new ArrayList<>();
        for (AbstractDelta<String> delta : DiffUtils.diff(base, revised).getDeltas()) {
            int start = delta.getSource().getPosition();
            changes.add(new Change(side, start, start + delta.getSource().size(), List.copyOf(delta.getTarget().getLines())));
        }
        return changes;
    }

    /** The lines of {@code text}, each with its line break (the last may have none). */
    static List<String> lines(String text) {
        if (text.isEmpty()) {
            return List.of();
        }
        return Arrays.asList(text.split("(?<=\n)"));
    }

    private enum Side { OURS, THEIRS }

    /** One side's replacement of base lines [start, end) by {@code lines}. */
    private record Change(Side side, int start, int end, List<String> lines) {
    }

    /**
     * A merged text.
     *
     * @param text      the merge, with conflict markers where the sides disagree
     * @param conflicts how many conflicts it has
     */
    public record Result(String text, int conflicts) {

        /** True when both sides' changes went in without a conflict. */
        public boolean isClean() {
            return conflicts == 0;
        }
    }
}
