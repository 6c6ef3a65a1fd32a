<%@ include file="../common/Top.jsp"%>
<h2>${actionBean.book.title}</h2>
<p>${book.author.name}</p>
<stripes:link beanclass="org.example.library.web.actions.BookActionBean" event="lend">Lend</stripes:link>
