package com.acme.billing.web;

import com.acme.billing.dao.InvoiceDao;
import com.acme.billing.model.Invoice;
import java.io.IOException;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet(urlPatterns = "/invoices")
public class InvoiceServlet extends HttpServlet {

    private InvoiceDao invoices;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        try {
            request.setAttribute("invoices", invoices.findAll());
        } catch (java.sql.SQLException e) {
            throw new ServletException(e);
        }
        request.getRequestDispatcher("/WEB-INF/views/invoices.jsp").forward(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            invoices.insert(new Invoice());
        } catch (java.sql.SQLException e) {
            throw new IOException(e);
        }
        response.sendRedirect("invoices");
    }
}
