<%@ taglib prefix="stripes" uri="http://stripes.sourceforge.net/stripes.tld"%>
<div id="menu"><stripes:link beanclass="org.example.library.web.actions.BookActionBean" event="search">Search</stripes:link></div>
