package io.mdecomp.codegen.generate;

import java.io.Writer;

/** Collects one rendering's output and stops it, with {@link BudgetGuard.Exceeded}, past a limit. */
final class LimitedWriter extends Writer {

    private final StringBuilder text = new StringBuilder();
    private final long limit;

    LimitedWriter(long limit) {
        this.limit = limit;
    }

    @Override
    public void write(char[] chars, int offset, int length) {
        if (text.length() + (long) length > limit) {
            throw new BudgetGuard.Exceeded("the template wrote more than " + limit + " characters into one file");
        }
        text.append(chars, offset, length);
    }

    @Override
    public void write(String string, int offset, int length) {
        if (text.length() + (long) length > limit) {
            throw new BudgetGuard.Exceeded("the template wrote more than " + limit + " characters into one file");
        }
        // A whole string (FreeMarker's usual call) is copied at once; a part of it char by char.
        if (offset == 0 && length == string.length()) {
            text.append(string);
        } else {
            text.append(string, offset, offset + length);
        }
    }

    @Override
    public void flush() {
        // nothing buffered beyond the text itself
    }

    @Override
    public void close() {
        // the text stays readable
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
