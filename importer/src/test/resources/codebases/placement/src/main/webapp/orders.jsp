<%@ page contentType="text/html; charset=UTF-8" %>
<%@ page import="org.bakery.order.*" %>
<%-- A Model 1 page: its scriptlets look the order up themselves, <% not code %> --%>
<html><body>
<%
    OrderDao orders = new OrderDao();
    CakeOrder order = orders.find(Long.parseLong(request.getParameter("id")));
    if (order != null) {
%>
  <p>Status: <%= order.getStatus() %></p>
<% } else { %>
  <p>No such order.</p>
<% } %>
</body></html>
