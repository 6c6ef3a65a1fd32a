<p>${total}</p>
