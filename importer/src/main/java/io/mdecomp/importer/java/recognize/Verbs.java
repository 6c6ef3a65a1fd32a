package io.mdecomp.importer.java.recognize;

import io.mdecomp.importer.java.sql.Access;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Whether a data access method reads or writes, by the verb its name starts with. */
final class Verbs {

    private static final List<String> WRITES = List.of("save", "insert", "update", "delete", "remove", "add", "create",
            "persist", "merge", "store", "put", "set", "increment", "decrement", "register", "clear", "modify",
            "change", "edit", "upsert", "replace", "write", "place", "cancel", "assign", "approve", "submit", "mark",
            "flush", "drop", "purge", "reset", "book", "reserve", "release", "execute", "batch");
    private static final List<String> READS = List.of("get", "find", "select", "load", "read", "search", "count",
            "exists", "list", "query", "fetch", "lookup", "look", "is", "has", "retrieve", "view", "show", "check",
            "contains", "stream", "all", "refresh", "detach", "filter", "browse", "page");

    private Verbs() {
    }

    /** The access a method name says, if its first word is a known verb. */
    static Optional<Access> of(String methodName) {
        String lower = methodName.toLowerCase(Locale.ROOT);
        for (String verb : WRITES) {
            if (startsWithWord(methodName, lower, verb)) {
                return Optional.of(Access.WRITE);
            }
        }
        for (String verb : READS) {
            if (startsWithWord(methodName, lower, verb)) {
                return Optional.of(Access.READ);
            }
        }
        return Optional.empty();
    }

    private static boolean startsWithWord(String name, String lower, String verb) {
        return lower.startsWith(verb) && (name.length() == verb.length() || !Character.isLowerCase(name.charAt(verb.length())));
    }
}
