package com.example.shop;

class OrderTest {
}
