package io.mdecomp.model.format;

import io.mdecomp.model.diagnostic.SourceLocation;
import io.mdecomp.model.validation.Locator;
import java.util.HashMap;
import java.util.Map;

/** The positions the model parser saw, answering {@link Locator} questions in O(1). */
final class NodeLocations implements Locator {

    private record Key(SourceLocation owner, String key, int index) {
    }

    private final Map<Key, SourceLocation> locations = new HashMap<>();

    void put(SourceLocation owner, String key, int index, SourceLocation where) {
        locations.put(new Key(owner, key, index), where);
    }

    @Override
    public SourceLocation locate(SourceLocation owner, String key, int index) {
        return locations.getOrDefault(new Key(owner, key, index), owner);
    }
}
