package io.mdecomp.importer.java.recognize;

/** Joining and cleaning URL paths. */
final class Paths {

    private Paths() {
    }

    /** {@code prefix} and {@code path} joined with one {@code /}, starting with {@code /}, without spaces. */
    static String join(String prefix, String path) {
        String joined = ("/" + prefix.strip() + "/" + path.strip()).replaceAll("/+", "/");
        if (joined.length() > 1 && joined.endsWith("/")) {
            joined = joined.substring(0, joined.length() - 1);
        }
        return joined.replaceAll("\\s+", "");
    }

    /** {@code OwnerController} → {@code ownerController}. */
    static String decapitalize(String name) {
        return name.isEmpty() ? name : Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }
}
