package com.acme.billing.dao;

import com.acme.billing.model.Invoice;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

public class InvoiceDao {

    private static final String FIND_ALL = "SELECT i.id, i.amount, c.name FROM invoice i "
            + "JOIN customer c ON c.id = i.customer_id ORDER BY i.issued";

    private final DataSource dataSource;

    public InvoiceDao(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public List<Invoice> findAll() throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(FIND_ALL)) {
            statement.executeQuery();
            return new ArrayList<>();
        }
    }

    public void insert(Invoice invoice) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "INSERT INTO invoice (customer_id, amount, issued) VALUES (?, ?, ?)")) {
            statement.executeUpdate();
        }
    }
}
