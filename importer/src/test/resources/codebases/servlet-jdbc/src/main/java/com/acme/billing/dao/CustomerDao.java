package com.acme.billing.dao;

import com.acme.billing.model.Customer;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

public class CustomerDao {

    public void deactivate(Customer customer) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:h2:mem:billing")) {
            connection.prepareStatement("UPDATE customer SET active = false WHERE id = ?").executeUpdate();
        }
    }

    public Customer find(long id) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:h2:mem:billing")) {
            connection.prepareStatement("SELECT * FROM customer WHERE id = ?").executeQuery();
            return new Customer();
        }
    }
}
