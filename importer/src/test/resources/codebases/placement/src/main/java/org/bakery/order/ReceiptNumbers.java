package org.bakery.order;

/** Touches no entity and nothing refers to it: only its package places it. */
public final class ReceiptNumbers {

    private static int next;

    private ReceiptNumbers() {
    }

    public static synchronized int next() {
        return ++next;
    }
}
