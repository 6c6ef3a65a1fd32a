package io.mdecomp.model.validation;

import io.mdecomp.model.diagnostic.SourceLocation;

/**
 * Finds where a part of a record was written, so that a diagnostic can point at the exact value
 * rather than at the record: the reader remembers, for each record location, where each key's
 * value (index {@code -1}) and each item of a list-valued key (index from 0) starts. Models built
 * in code use {@link #NONE}, which answers with the record's own location.
 */
@FunctionalInterface
public interface Locator {

    /** Answers every question with the owner's location. */
    Locator NONE = (owner, key, index) -> owner;

    /**
     * Where {@code key}'s value (index {@code -1}) or its item {@code index} starts, for the record
     * declared at {@code owner}; {@code owner} itself when unknown.
     */
    SourceLocation locate(SourceLocation owner, String key, int index);

    /** Where {@code key}'s value starts. */
    default SourceLocation locate(SourceLocation owner, String key) {
        return locate(owner, key, -1);
    }
}
