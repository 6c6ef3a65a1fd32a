package org.bakery.catalog;

import java.io.IOException;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Touches no entity: it only forwards to the page the cake servlet renders. */
@WebServlet(urlPatterns = "/search")
public class SearchServlet extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        request.setAttribute("query", request.getParameter("q"));
        request.getRequestDispatcher("/WEB-INF/views/cakes.jsp").forward(request, response);
    }
}
