package org.bakery.order;

import java.io.IOException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet(urlPatterns = "/orders")
public class OrderServlet extends HttpServlet {

    private OrderDao orders;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        orders.save(new CakeOrder());
        response.sendRedirect("orders");
    }
}
