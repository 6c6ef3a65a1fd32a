package io.mdecomp.cli.render.tune;

import io.mdecomp.cli.render.Html;

/** The page around the sweep and tuning reports: head, style (light and dark), title, sorting script. */
final class TunePage {

    private static final String STYLE = """
            :root{color-scheme:light dark;--fg:#222;--bg:#fff;--muted:#666;--border:#ccc;--head:#f2f2f2;
            --ok:#2e7d32;--failed:#c62828;--within:#2e7d32;--beyond:#c62828;--bar:#1f77b4;--pareto:#fff8e1}
            @media (prefers-color-scheme:dark){:root{--fg:#e4e4e4;--bg:#15171a;--muted:#a0a0a0;--border:#444;
            --head:#24272b;--ok:#66bb6a;--failed:#ef5350;--within:#43a047;--beyond:#e53935;--bar:#64b5f6;
            --pareto:#3a3320}}
            body{font-family:system-ui,sans-serif;margin:2em;color:var(--fg);background:var(--bg)}
            table{border-collapse:collapse;margin:1em 0}
            th,td{border:1px solid var(--border);padding:4px 8px;text-align:left}
            td.num{text-align:right;font-variant-numeric:tabular-nums}
            th{background:var(--head)}table.sortable th{cursor:pointer}tr.pareto td{background:var(--pareto)}
            .passed{color:var(--ok);font-weight:bold}.failed-verdict{color:var(--failed);font-weight:bold}
            .muted{color:var(--muted)}
            svg.chart{display:block;margin:1em 0;max-width:100%;height:auto}
            svg.chart text{fill:var(--fg);font-size:12px}svg.chart .chart-title{font-weight:bold;font-size:14px}
            rect.within{fill:var(--within)}rect.beyond{fill:var(--beyond)}rect.bar{fill:var(--bar)}rect.model{fill:var(--muted)}
            line.axis{stroke:var(--fg)}
            pre{background:var(--head);padding:1em;overflow:auto}
            """;

    private TunePage() {
    }

    static void open(StringBuilder html, String title) {
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n").append(Html.HEAD_META).append("<title>")
                .append(Html.escape(title)).append("</title>\n<style>\n").append(STYLE)
                .append("</style>\n</head>\n<body>\n<h1>").append(Html.escape(title)).append("</h1>\n");
    }

    static void close(StringBuilder html) {
        html.append("<script>\n").append(Html.SORTABLE_SCRIPT).append("</script>\n</body>\n</html>\n");
    }
}
