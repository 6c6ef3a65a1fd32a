package io.mdecomp.cli.render;

/** Counted nouns for messages and reports: {@code 1 finding}, {@code 2 findings}, {@code 0 entities}. */
public final class Words {

    private Words() {
    }

    /** {@code n} and the noun, with an {@code s} unless {@code n} is 1. */
    public static String count(long n, String singular) {
        return count(n, singular, singular + "s");
    }

    /** {@code n} and {@code singular} when {@code n} is 1, else {@code plural}. */
    public static String count(long n, String singular, String plural) {
        return n + " " + (n == 1 ? singular : plural);
    }
}
