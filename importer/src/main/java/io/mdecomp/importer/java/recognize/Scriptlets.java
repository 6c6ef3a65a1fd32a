package io.mdecomp.importer.java.recognize;

import io.mdecomp.importer.java.code.CodeBase;
import io.mdecomp.importer.java.code.JavaSources;
import io.mdecomp.importer.java.code.TypeDecl;
import io.mdecomp.importer.java.source.FileKind;
import io.mdecomp.importer.java.source.SourceFile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Java code of JSP pages' scriptlets, read as one class per page so that what a Model 1 page
 * does from {@code <% ... %>} (create a DAO and ask it for products) is followed like a handler's
 * code. As the JSP compiler does, the scriptlets {@code <% %>} of a page become one method's body in
 * page order (a brace opened in one may close in a later one), each expression {@code <%= e %>}
 * becomes {@code out.print(e);}, declarations {@code <%! %>} become members, and
 * {@code <%@ page import %>} directives imports; the implicit objects ({@code request},
 * {@code response}, {@code session}, {@code out}, {@code application}, {@code pageContext}) are the
 * method's parameters. A page whose scriptlets do not make valid Java is left to its imports and
 * named in the report, never an error: pages are not compiled by the build being imported.
 */
final class Scriptlets {

    /** The name of the method that holds a page's scriptlets. */
    static final String METHOD = "_jspService";

    private static final Pattern PAGE_IMPORT = Pattern.compile("<%@\\s*page\\b[^%]*?\\bimport\\s*=\\s*\"([^\"]+)\"");
    private static final String PARAMETERS = "javax.servlet.http.HttpServletRequest request,"
            + " javax.servlet.http.HttpServletResponse response, javax.servlet.http.HttpSession session,"
            + " javax.servlet.jsp.JspWriter out, javax.servlet.ServletContext application,"
            + " javax.servlet.jsp.PageContext pageContext";

    private Scriptlets() {
    }

    /**
     * What the scriptlets of JSP pages were read as.
     *
     * @param pages   each page with scriptlet code that parsed, and the class its code was read as
     * @param invalid the pages whose scriptlets are not valid Java, in order
     */
    record Read(Map<SourceFile, TypeDecl> pages, List<SourceFile> invalid) {
    }

    /** Reads the scriptlets of the JSP pages among {@code views}. */
    static Read read(List<SourceFile> views) {
        Map<String, SourceFile> byName = new LinkedHashMap<>();
        List<SourceFile> java = new ArrayList<>();
        for (SourceFile view : views) {
            String lower = view.fileName().toLowerCase(Locale.ROOT);
            if (!lower.endsWith(".jsp") && !lower.endsWith(".jspf")) {
                continue;
            }
            String code = java(view.text(), "JspPage" + java.size());
            if (code != null) {
                byName.put(view.name(), view);
                java.add(new SourceFile(view.name(), view.module(), FileKind.JAVA, code));
            }
        }
        if (java.isEmpty()) {
            return new Read(Map.of(), List.of());
        }
        CodeBase code = JavaSources.parse(java);
        Map<SourceFile, TypeDecl> pages = new LinkedHashMap<>();
        for (TypeDecl type : code.types()) {
            if (!type.isNested()) {
                pages.put(byName.get(type.file()), type);
            }
        }
        Map<String, Boolean> parsed = new HashMap<>();
        pages.keySet().forEach(p -> parsed.put(p.name(), true));
        List<SourceFile> invalid = byName.values().stream().filter(v -> !parsed.containsKey(v.name())).toList();
        return new Read(pages, invalid);
    }

    /** The Java text of a page's scriptlets as class {@code name}, or null when it has none. */
    static String java(String page, String name) {
        StringBuilder imports = new StringBuilder();
        Matcher pageImport = PAGE_IMPORT.matcher(page);
        while (pageImport.find()) {
            for (String imported : pageImport.group(1).split(",")) {
                if (imported.strip().matches("[\\w.$]+(\\.\\*)?")) {
                    imports.append("import ").append(imported.strip()).append(";\n");
                }
            }
        }
        StringBuilder members = new StringBuilder();
        StringBuilder body = new StringBuilder();
        int at = 0;
        while (true) {
            int open = page.indexOf("<%", at);
            if (open < 0) {
                break;
            }
            if (page.startsWith("<%--", open)) {
                int close = page.indexOf("--%>", open + 4);
                at = close < 0 ? page.length() : close + 4;
                continue;
            }
            int close = page.indexOf("%>", open + 2);
            if (close < 0) {
                break;
            }
            char kind = open + 2 < close ? page.charAt(open + 2) : ' ';
            String inside = page.substring(open + 2, close);
            if (kind == '=') {
                body.append("out.print(").append(inside.substring(1)).append(");\n");
            } else if (kind == '!') {
                members.append(inside.substring(1)).append('\n');
            } else if (kind != '@') {
                body.append(inside).append('\n');
            }
            at = close + 2;
        }
        if (body.toString().isBlank() && members.toString().isBlank()) {
            return null;
        }
        return imports + "class " + name + " {\n" + members + "void " + METHOD + "(" + PARAMETERS
                + ") throws Exception {\n" + body + "}\n}\n";
    }
}
