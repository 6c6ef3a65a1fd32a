<html><body>
<form action="customer" method="get"><input name="id"/></form>
<a href="https://example.org/help">help</a>
</body></html>
