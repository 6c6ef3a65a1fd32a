<%@ page import="org.bakery.order.OrderDao" %>
<html><body>
<% if (request.getParameter("id") != null) { %>
  <p>An if that no scriptlet closes.</p>
</body></html>
