CREATE TABLE customer (id BIGINT PRIMARY KEY, name VARCHAR(80), email VARCHAR(80), street VARCHAR(80), city VARCHAR(80));
CREATE TABLE product (id BIGINT PRIMARY KEY, title VARCHAR(80), price DECIMAL(10, 2));
CREATE TABLE orders (
  id BIGINT PRIMARY KEY,
  placed_at TIMESTAMP,
  status VARCHAR(10),
  customer_id BIGINT REFERENCES customer (id)
);
CREATE TABLE order_line (
  id BIGINT PRIMARY KEY,
  quantity INT,
  orders_id BIGINT,
  product_id BIGINT,
  CONSTRAINT fk_line_order FOREIGN KEY (orders_id) REFERENCES orders (id)
);
ALTER TABLE order_line ADD CONSTRAINT fk_line_product FOREIGN KEY (product_id) REFERENCES product (id);
CREATE TABLE audit_log (id BIGINT PRIMARY KEY, customer_id BIGINT REFERENCES customer (id), message VARCHAR(200));
