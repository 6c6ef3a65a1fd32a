package com.example.shop.order;

public enum OrderStatus {
    NEW, PAID, SHIPPED
}
