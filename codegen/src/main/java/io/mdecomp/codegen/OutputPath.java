package io.mdecomp.codegen;

/**
 * The rule every generated path obeys, so a file can never land outside the output directory:
 * relative, forward slashes only, no empty, {@code .} or {@code ..} segment, no drive letter,
 * no control character or backslash.
 */
public final class OutputPath {

    private OutputPath() {
    }

    /**
     * Returns {@code path} when it is safe; throws {@link UnsafePathException} saying why otherwise.
     */
    public static String check(String path) {
        String reason = problem(path);
        if (reason != null) {
            throw new UnsafePathException(path, reason);
        }
        return path;
    }

    /** Why {@code path} is unsafe, or null when it is safe. */
    public static String problem(String path) {
        if (path.isEmpty()) {
            return "it is empty";
        }
        if (path.startsWith("/")) {
            return "it is absolute";
        }
        if (path.length() > 1 && path.charAt(1) == ':') {
            return "it names a drive";
        }
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '\\') {
                return "it contains a backslash";
            }
            if (c < 0x20 || c == 0x7f) {
                return "it contains a control character";
            }
        }
        for (String segment : path.split("/", -1)) {
            if (segment.equals("..")) {
                return "it leaves the output directory ('..')";
            }
            if (segment.isEmpty() || segment.equals(".")) {
                return "it has an empty or '.' segment";
            }
        }
        return null;
    }
}
