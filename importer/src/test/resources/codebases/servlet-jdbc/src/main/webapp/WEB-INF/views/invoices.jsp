<%@ taglib prefix="c" uri="http://java.sun.com/jsp/jstl/core" %>
<jsp:include page="header.jsp"/>
<c:forEach var="invoice" items="${invoices}"><p>${invoice.amount}</p></c:forEach>
