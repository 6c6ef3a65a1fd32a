package io.mdecomp.importer.java.recognize;

import static org.assertj.core.api.Assertions.assertThat;

import io.mdecomp.importer.java.source.FileKind;
import io.mdecomp.importer.java.source.SourceFile;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScriptletsTest {

    @Test
    void joinsScriptletsInPageOrderWithExpressionsDeclarationsAndImports() {
        String page = """
                <%@ page import="java.util.List, shop.dao.ProductDao" %>
                <%-- a comment with <% code %> that is not code --%>
                <%! private int shown; %>
                <% for (Object p : new ProductDao().all()) { %>
                  <li><%= p %></li>
                <% } %>
                """;
        assertThat(Scriptlets.java(page, "JspPage0")).isEqualTo("""
                import java.util.List;
                import shop.dao.ProductDao;
                class JspPage0 {
                 private int shown;\s
                void _jspService(javax.servlet.http.HttpServletRequest request, \
                javax.servlet.http.HttpServletResponse response, javax.servlet.http.HttpSession session, \
                javax.servlet.jsp.JspWriter out, javax.servlet.ServletContext application, \
                javax.servlet.jsp.PageContext pageContext) throws Exception {
                 for (Object p : new ProductDao().all()) {\s
                out.print( p );
                 }\s
                }
                }
                """);
    }

    @Test
    void aPageWithoutCodeHasNoneAndBrokenCodeIsNamed() {
        assertThat(Scriptlets.java("<%@ page import=\"a.B\" %><p>${x}</p>", "P")).isNull();
        SourceFile fine = new SourceFile("a.jsp", "", FileKind.VIEW, "<% int x = 1; %>");
        SourceFile broken = new SourceFile("b.jsp", "", FileKind.VIEW, "<% if (true) { %>");
        SourceFile html = new SourceFile("c.html", "", FileKind.VIEW, "<% int y = 1; %>");
        Scriptlets.Read read = Scriptlets.read(List.of(fine, broken, html));
        assertThat(read.pages().keySet()).containsExactly(fine);
        assertThat(read.pages().get(fine).methods()).extracting(m -> m.name()).contains(Scriptlets.METHOD);
        assertThat(read.invalid()).containsExactly(broken);
    }
}
