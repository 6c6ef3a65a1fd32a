package com.example.shop.order;

import com.example.shop.catalog.Product;
import com.example.shop.catalog.ProductRepository;
import com.example.shop.customer.Customer;
import com.example.shop.customer.CustomerRepository;
import org.springframework.stereotype.Service;

@Service
public class OrderService {

    private final OrderRepository orders;
    private final CustomerRepository customers;
    private final ProductRepository products;

    public OrderService(OrderRepository orders, CustomerRepository customers, ProductRepository products) {
        this.orders = orders;
        this.customers = customers;
        this.products = products;
    }

    public Order place(Long customerId, Long productId) {
        Customer customer = customers.findById(customerId).orElseThrow();
        Product product = products.findById(productId).orElseThrow();
        Order order = new Order();
        order.add(new OrderLine(product, 1));
        return orders.save(order);
    }
}
