package io.mdecomp.cli.render;

/** Text for XML reports (JUnit): the one XML escaping of the renderers. */
public final class Xml {

    private Xml() {
    }

    /**
     * {@code text} safe inside an element or a double-quoted attribute: XML's five special characters
     * escaped, and the control characters XML 1.0 cannot hold dropped (line breaks and tabs are kept).
     */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                    if (c >= 0x20 || c == '\n' || c == '\t' || c == '\r') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
