package io.mdecomp.cli.render;

import java.util.Locale;

/**
 * What the HTML renderers share: escaping, coordinates, and the script that makes every
 * {@code table.sortable} sortable by a click on a column header (numbers by value, text by
 * locale order; a second click reverses).
 */
public final class Html {

    /**
     * The {@code <meta>} elements every report's head starts with: UTF-8, a Content-Security-Policy
     * that lets the page load nothing at all (inline style and script only), and both colour schemes.
     */
    public static final String HEAD_META = "<meta charset=\"utf-8\"/>\n<meta http-equiv=\"Content-Security-Policy\""
            + " content=\"default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'\"/>\n"
            + "<meta name=\"color-scheme\" content=\"light dark\"/>\n";

    /**
     * The inline script behind {@code table.sortable}: plain DOM, no library, wrapped in a CDATA
     * section so the page stays well-formed XML.
     */
    public static final String SORTABLE_SCRIPT = """
            //<![CDATA[
            document.querySelectorAll('table.sortable th').forEach(function (th) {
              th.addEventListener('click', function () {
                var index = th.cellIndex;
                var body = th.closest('table').tBodies[0];
                var rows = Array.prototype.slice.call(body.rows);
                var ascending = th.getAttribute('data-order') !== 'asc';
                rows.sort(function (a, b) {
                  var x = a.cells[index].textContent, y = b.cells[index].textContent;
                  var nx = parseFloat(x), ny = parseFloat(y);
                  var order = (isNaN(nx) || isNaN(ny)) ? x.localeCompare(y) : nx - ny;
                  return ascending ? order : -order;
                });
                rows.forEach(function (row) { body.appendChild(row); });
                th.setAttribute('data-order', ascending ? 'asc' : 'desc');
              });
            });
            //]]>
            """;

    private Html() {
    }

    /** {@code text} safe inside an element or a double-quoted attribute. */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** A coordinate with one decimal, locale-independent. */
    public static String coordinate(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
