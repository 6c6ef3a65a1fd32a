package com.example.shop.order;

import com.example.shop.customer.Customer;
import com.example.shop.customer.CustomerRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
@RequestMapping("/orders")
public class OrderController {

    private static final String DETAIL = "orders/detail";

    private final OrderRepository orders;
    private final CustomerRepository customers;
    private final OrderService service;

    public OrderController(OrderRepository orders, CustomerRepository customers, OrderService service) {
        this.orders = orders;
        this.customers = customers;
        this.service = service;
    }

    @ModelAttribute("customers")
    public Iterable<Customer> customers() {
        return customers.findAll();
    }

    @GetMapping
    public String list(Model model) {
        model.addAttribute("orders", orders.findAll());
        return "orders/list";
    }

    @GetMapping("/{id}")
    public String show(@PathVariable Long id, Model model) {
        model.addAttribute("order", orders.findById(id).orElseThrow());
        return DETAIL;
    }

    @PostMapping
    public String place(@RequestParam Long customer, @RequestParam Long product) {
        service.place(customer, product);
        return "redirect:/orders";
    }
}
