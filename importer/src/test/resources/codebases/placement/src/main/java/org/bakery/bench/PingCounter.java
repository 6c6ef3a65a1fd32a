package org.bakery.bench;

public final class PingCounter {

    private static int hits;

    private PingCounter() {
    }

    public static synchronized int hit() {
        return ++hits;
    }
}
