package io.mdecomp.model.format;

import io.mdecomp.model.diagnostic.SourceLocation;
import io.mdecomp.model.validation.Locator;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/** The positions the model parser saw, answering {@link Locator} questions in O(1). */
final class NodeLocations implements Locator {

    private record Key(SourceLocation owner, String key, int index) {
        // Written out (as the generated ones would compute them) to spare start-up the
        // method-handle bootstrap of the generated ones; see SourceLocation.
        @Override
        public boolean equals(Object other) {
            return this == other || other instanceof Key that
                    && index == that.index && Objects.equals(owner, that.owner) && Objects.equals(key, that.key);
        }

        @Override
        public int hashCode() {
            return (31 * Objects.hashCode(owner) + Objects.hashCode(key)) * 31 + index;
        }
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
