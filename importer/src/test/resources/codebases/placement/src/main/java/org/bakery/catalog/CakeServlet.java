package org.bakery.catalog;

import java.io.IOException;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet(urlPatterns = "/cakes")
public class CakeServlet extends HttpServlet {

    private CakeDao cakes;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        request.setAttribute("cakes", cakes.findAll());
        request.setAttribute("currency", PriceFormat.currency());
        request.getRequestDispatcher("/WEB-INF/views/cakes.jsp").forward(request, response);
    }
}
