package com.example.shop.common;

public final class Strings {

    private Strings() {
    }

    public static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
