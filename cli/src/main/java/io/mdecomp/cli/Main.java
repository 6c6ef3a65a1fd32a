package io.mdecomp.cli;

/** The mdecomp command line. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(0);
    }
}
