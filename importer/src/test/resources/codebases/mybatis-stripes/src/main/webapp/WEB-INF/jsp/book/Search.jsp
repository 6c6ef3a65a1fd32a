<%@ include file="../common/Top.jsp"%>
<c:forEach var="book" items="${actionBean.found}"><p>${book.title}</p></c:forEach>
