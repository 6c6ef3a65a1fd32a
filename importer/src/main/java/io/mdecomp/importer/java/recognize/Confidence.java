package io.mdecomp.importer.java.recognize;

/** How sure a recognition is, as the report states it. */
public enum Confidence {
    /** A framework says so (an annotation, a descriptor, a repository's type argument). */
    HIGH,
    /** A convention or usage says so (a DAO's signature, a naming suffix, SQL naming a table). */
    MEDIUM,
    /** Guessed from structure alone (a data class next to entities). */
    LOW;

    public String word() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
