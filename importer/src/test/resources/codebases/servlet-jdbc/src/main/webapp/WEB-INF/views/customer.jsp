<jsp:include page="header.jsp"/>
<p>${customer.name}</p>
