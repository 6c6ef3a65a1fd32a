package io.mdecomp.importer.java.sql;

import io.mdecomp.importer.java.sql.Tokens.Token;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the tables out of SQL and JPQL statements: the tables after {@code FROM} and
 * {@code JOIN} are read; the target of {@code INSERT INTO}, {@code UPDATE}, {@code DELETE FROM},
 * {@code MERGE INTO} and {@code REPLACE INTO} is written. Sub-queries are followed; JPQL path joins
 * ({@code JOIN o.pets p}) are not tables and are skipped. Linear in the length of the text.
 */
public final class Sql {

    private static final String NAME = "[\\w.\"`\\[\\]]+";
    private static final Pattern STATEMENT = Pattern.compile("(?is)\\s*(\\(\\s*)*(?:"
            + "(?:select|with)\\s.*\\sfrom\\s+\\S.*"
            + "|insert\\s+into\\s+" + NAME + ".*"
            + "|update\\s+" + NAME + "(\\s+\\w+)?\\s+set\\s.*"
            + "|delete\\s+(from\\s+)?" + NAME + "(\\s+(as\\s+)?\\w+)?(\\s+where\\s.*|\\s*;?\\s*)"
            + "|(?:merge|replace)\\s+into\\s+" + NAME + ".*"
            + "|(?:create|alter|drop|truncate)\\s+(?:table|index|view|sequence)\\s.*)");
    private static final Set<String> STOP = Set.of("WHERE", "JOIN", "ON", "GROUP", "ORDER", "LEFT", "RIGHT", "INNER",
            "OUTER", "CROSS", "FULL", "NATURAL", "UNION", "EXCEPT", "INTERSECT", "LIMIT", "OFFSET", "HAVING", "SET",
            "VALUES", "SELECT", "FETCH", "FOR", "USING", "WINDOW", "RETURNING", "AS", "WHEN", "THEN", "START",
            "CONNECT", "QUALIFY", "MINUS", "LATERAL", "STRAIGHT_JOIN", "USE", "FORCE", "IGNORE", "PARTITION",
            "INTO", "DEFAULT", "TABLE", "IF", "NOT", "EXISTS", "FROM", "AND", "OR", "BY", "IN", "IS", "NULL");

    private Sql() {
    }

    /** Whether {@code text} reads as a SQL or JPQL statement (not a URL, a message, a view name). */
    public static boolean looksLikeSql(String text) {
        return STATEMENT.matcher(text).matches();
    }

    /** The tables (or, in JPQL, entities) a statement touches, each once per access, in order. */
    public static List<TableUse> tables(String statement) {
        List<Token> tokens = Tokens.of(statement);
        Map<String, TableUse> out = new LinkedHashMap<>();
        Set<String> aliases = new HashSet<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (!token.word()) {
                continue;
            }
            String upper = token.upper();
            if (upper.equals("FROM") && !(i > 0 && tokens.get(i - 1).is("DELETE"))) {
                i = tableList(tokens, i + 1, Access.READ, out, aliases) - 1;
            } else if (upper.equals("JOIN")) {
                i = table(tokens, i + 1, Access.READ, out, aliases) - 1;
            } else if (upper.equals("INTO") && i > 0 && (tokens.get(i - 1).is("INSERT") || tokens.get(i - 1).is("MERGE")
                    || tokens.get(i - 1).is("REPLACE"))) {
                i = table(tokens, i + 1, Access.WRITE, out, aliases) - 1;
            } else if (upper.equals("UPDATE") && (i == 0 || !tokens.get(i - 1).is("FOR")
                    && !tokens.get(i - 1).is("ON") && !tokens.get(i - 1).is("KEY"))) {
                i = table(tokens, i + 1, Access.WRITE, out, aliases) - 1;
            } else if (upper.equals("DELETE")) {
                int next = i + 1 < tokens.size() && tokens.get(i + 1).is("FROM") ? i + 2 : i + 1;
                if (next < tokens.size() && (i == 0 || !tokens.get(i - 1).is("ON"))) {
                    i = table(tokens, next, Access.WRITE, out, aliases) - 1;
                }
            }
        }
        return List.copyOf(out.values());
    }

    private static int tableList(List<Token> tokens, int from, Access access, Map<String, TableUse> out,
                                 Set<String> aliases) {
        int i = table(tokens, from, access, out, aliases);
        while (i < tokens.size() && tokens.get(i).text().equals(",")) {
            i = table(tokens, i + 1, access, out, aliases);
        }
        return i;
    }

    /** Reads one table reference with its optional alias; returns the index after it. */
    private static int table(List<Token> tokens, int from, Access access, Map<String, TableUse> out,
                             Set<String> aliases) {
        if (from >= tokens.size()) {
            return from;
        }
        Token name = tokens.get(from);
        if (!name.word() || STOP.contains(name.upper())) {
            return from;
        }
        int i = from + 1;
        String text = name.text();
        int dot = text.indexOf('.');
        boolean path = dot > 0 && aliases.contains(text.substring(0, dot).toLowerCase(Locale.ROOT));
        if (!path && !text.equalsIgnoreCase("DUAL")) {
            String table = text.substring(text.lastIndexOf('.') + 1);
            out.putIfAbsent(table.toLowerCase(Locale.ROOT) + "/" + access, new TableUse(table, access));
        }
        if (i < tokens.size() && tokens.get(i).is("AS")) {
            i++;
        }
        if (i < tokens.size() && tokens.get(i).word() && !STOP.contains(tokens.get(i).upper())) {
            aliases.add(tokens.get(i).text().toLowerCase(Locale.ROOT));
            i++;
        }
        return i;
    }

    /**
     * The tables a DDL script creates, in order, lower case, with the tables their foreign keys
     * reference ({@code REFERENCES t} inside the definition, or {@code ALTER TABLE x ... REFERENCES t}).
     */
    public static List<CreatedTable> createdTables(String script) {
        List<Token> tokens = Tokens.of(script);
        Map<String, Integer> lines = new LinkedHashMap<>();
        Map<String, List<String>> references = new LinkedHashMap<>();
        String current = null;
        int depth = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (token.is("CREATE") || token.is("ALTER")) {
                int j = i + 1;
                while (j < tokens.size() && tokens.get(j).word() && !tokens.get(j).is("TABLE")
                        && j - i < 4) {
                    j++;
                }
                if (j < tokens.size() && tokens.get(j).is("TABLE")) {
                    j++;
                    while (j < tokens.size() && (tokens.get(j).is("IF") || tokens.get(j).is("NOT")
                            || tokens.get(j).is("EXISTS") || tokens.get(j).is("ONLY"))) {
                        j++;
                    }
                    if (j < tokens.size() && tokens.get(j).word()) {
                        current = name(tokens.get(j).text());
                        if (token.is("CREATE")) {
                            lines.putIfAbsent(current, token.line());
                        }
                        references.computeIfAbsent(current, k -> new ArrayList<>());
                        depth = 0;
                        i = j;
                    }
                }
            } else if (token.text().equals("(")) {
                depth++;
            } else if (token.text().equals(")")) {
                depth--;
            } else if (token.text().equals(";") && depth <= 0) {
                current = null;
            } else if (token.is("REFERENCES") && current != null && i + 1 < tokens.size()
                    && tokens.get(i + 1).word()) {
                String target = name(tokens.get(i + 1).text());
                List<String> list = references.get(current);
                if (!target.equals(current) && !list.contains(target)) {
                    list.add(target);
                }
            }
        }
        List<CreatedTable> out = new ArrayList<>();
        lines.forEach((table, line) -> out.add(new CreatedTable(table, line, references.get(table))));
        return out;
    }

    /** A table name without schema or quotes, lower case (unquoted SQL names ignore case). */
    public static String name(String written) {
        return written.substring(written.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
    }
}
