<%@ taglib prefix="c" uri="http://java.sun.com/jsp/jstl/core" %>
<ul>
<c:forEach var="cake" items="${cakes}">
  <li>${cake.name}: ${cake.priceCents} ${currency}</li>
</c:forEach>
</ul>
