package io.mdecomp.model.diagnostic;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * "Did you mean" help for misspelt keys, enum values and references, by Levenshtein edit
 * distance (case-insensitive; O(|a|·|b|) per pair).
 */
public final class Suggestions {

    /** How many known names {@link #known} lists before it says "and N more". */
    public static final int MAX_LISTED = 10;

    private Suggestions() {
    }

    /**
     * The candidate closest to {@code wrong} when it is close enough to be a likely typo: edit
     * distance at most max(2, length/3), ignoring case. Ties go to the alphabetically first.
     */
    public static Optional<String> closest(String wrong, Collection<String> candidates) {
        int limit = Math.max(2, wrong.length() / 3);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates.stream().sorted().toList()) {
            if (Math.abs(candidate.length() - wrong.length()) > limit) {
                continue;
            }
            int distance = distance(wrong, candidate);
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return bestDistance <= limit && !wrong.equals(best) ? Optional.of(best) : Optional.empty();
    }

    /** {@code ; did you mean 'x'?} when a close candidate exists, else the empty string. */
    public static String didYouMean(String wrong, Collection<String> candidates) {
        return closest(wrong, candidates).map(s -> "; did you mean '" + s + "'?").orElse("");
    }

    /**
     * The known names for an error message, closest to {@code wrong} first, at most
     * {@link #MAX_LISTED}: {@code reserveStock, release, ... and 12 more}; {@code none} when empty.
     */
    public static String known(String wrong, Collection<String> candidates) {
        if (candidates.isEmpty()) {
            return "none";
        }
        List<String> sorted = candidates.stream().distinct()
                .sorted(Comparator.comparingInt((String c) -> distance(wrong, c)).thenComparing(c -> c))
                .toList();
        String listed = sorted.stream().limit(MAX_LISTED).collect(Collectors.joining(", "));
        return sorted.size() > MAX_LISTED ? listed + ", ... and " + (sorted.size() - MAX_LISTED) + " more" : listed;
    }

    /** The Levenshtein distance of {@code a} and {@code b}, ignoring case. */
    public static int distance(String a, String b) {
        String x = a.toLowerCase(Locale.ROOT);
        String y = b.toLowerCase(Locale.ROOT);
        int[] previous = new int[y.length() + 1];
        int[] current = new int[y.length() + 1];
        for (int j = 0; j <= y.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= x.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= y.length(); j++) {
                int cost = x.charAt(i - 1) == y.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[y.length()];
    }
}
