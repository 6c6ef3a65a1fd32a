<%@ include file="Top.jsp"%>
<p>Something went wrong.</p>
