package com.acme.billing.web;

import com.acme.billing.dao.CustomerDao;
import java.io.IOException;
import javax.servlet.ServletException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class CustomerServlet extends HttpServlet {

    private final CustomerDao customers = new CustomerDao();

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        try {
            request.setAttribute("customer", customers.find(Long.parseLong(request.getParameter("id"))));
        } catch (java.sql.SQLException e) {
            throw new ServletException(e);
        }
        request.getRequestDispatcher("/WEB-INF/views/customer.jsp").forward(request, response);
    }
}
