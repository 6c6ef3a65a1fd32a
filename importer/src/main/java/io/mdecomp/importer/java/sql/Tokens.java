package io.mdecomp.importer.java.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * SQL split into words and punctuation, with their lines. Comments and string literals are
 * dropped, MyBatis parameters ({@code #{x}}, {@code ${x}}) and JDBC placeholders become {@code ?},
 * quoted identifiers lose their quotes.
 */
final class Tokens {

    /** One token; {@code word} is true for identifiers and keywords. */
    record Token(String text, boolean word, int line) {

        String upper() {
            return text.toUpperCase(Locale.ROOT);
        }

        boolean is(String keyword) {
            return word && text.equalsIgnoreCase(keyword);
        }
    }

    private Tokens() {
    }

    static List<Token> of(String sql) {
        List<Token> out = new ArrayList<>();
        int line = 1;
        int i = 0;
        int n = sql.length();
        while (i < n) {
            char c = sql.charAt(i);
            if (c == '\n') {
                line++;
                i++;
            } else if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
                while (i < n && sql.charAt(i) != '\n') {
                    i++;
                }
            } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
                int end = sql.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
                line += count(sql, i, end);
                i = end;
            } else if (c == '\'') {
                int j = i + 1;
                while (j < n && !(sql.charAt(j) == '\'' && (j + 1 >= n || sql.charAt(j + 1) != '\''))) {
                    j += sql.charAt(j) == '\'' ? 2 : 1;
                }
                line += count(sql, i, Math.min(j + 1, n));
                out.add(new Token("''", false, line));
                i = j + 1;
            } else if ((c == '#' || c == '$') && i + 1 < n && sql.charAt(i + 1) == '{') {
                int end = sql.indexOf('}', i);
                i = end < 0 ? n : end + 1;
                out.add(new Token("?", false, line));
            } else if (c == '"' || c == '`' || c == '[') {
                char close = c == '[' ? ']' : c;
                int end = sql.indexOf(close, i + 1);
                end = end < 0 ? n : end;
                String word = sql.substring(i + 1, end);
                i = end + 1;
                i = appendQualified(sql, i, out, word, line);
            } else if (Character.isLetter(c) || c == '_') {
                int j = i;
                while (j < n && (Character.isLetterOrDigit(sql.charAt(j)) || sql.charAt(j) == '_'
                        || sql.charAt(j) == '$')) {
                    j++;
                }
                String word = sql.substring(i, j);
                i = appendQualified(sql, j, out, word, line);
            } else {
                out.add(new Token(String.valueOf(c), false, line));
                i++;
            }
        }
        return out;
    }

    /** Joins {@code a.b.c} (each part plain or quoted) into one word token. */
    private static int appendQualified(String sql, int from, List<Token> out, String first, int line) {
        StringBuilder word = new StringBuilder(first);
        int i = from;
        while (i + 1 < sql.length() && sql.charAt(i) == '.') {
            char next = sql.charAt(i + 1);
            if (Character.isLetter(next) || next == '_') {
                int j = i + 1;
                while (j < sql.length() && (Character.isLetterOrDigit(sql.charAt(j)) || sql.charAt(j) == '_')) {
                    j++;
                }
                word.append('.').append(sql, i + 1, j);
                i = j;
            } else if (next == '"' || next == '`' || next == '[') {
                char close = next == '[' ? ']' : next;
                int end = sql.indexOf(close, i + 2);
                if (end < 0) {
                    break;
                }
                word.append('.').append(sql, i + 2, end);
                i = end + 1;
            } else {
                break;
            }
        }
        out.add(new Token(word.toString(), true, line));
        return i;
    }

    private static int count(String text, int from, int to) {
        int lines = 0;
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == '\n') {
                lines++;
            }
        }
        return lines;
    }
}
