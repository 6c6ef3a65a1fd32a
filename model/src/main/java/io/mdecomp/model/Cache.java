package io.mdecomp.model;

/** An endpoint's cache: a hit (share {@code hitRatio} of requests) answers without downstream calls. */
public record Cache(double hitRatio) {

    public Cache {
        if (!(hitRatio >= 0 && hitRatio <= 1)) {
            throw new IllegalArgumentException("cache hitRatio must lie in [0, 1], got " + hitRatio);
        }
    }
}
