<%@ page language="java" contentType="text/html; charset=UTF-8" %>
<%@ page import="java.util.List, com.acme.billing.dao.InvoiceDao" %>
<html><body>
<%
    List<?> overdue = new InvoiceDao(null).findAll();
    out.print(overdue.size());
%>
</body></html>
