<h1>Billing</h1>
