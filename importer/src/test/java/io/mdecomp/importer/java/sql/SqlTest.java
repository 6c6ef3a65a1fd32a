package io.mdecomp.importer.java.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SqlTest {

    private static TableUse read(String table) {
        return new TableUse(table, Access.READ);
    }

    private static TableUse write(String table) {
        return new TableUse(table, Access.WRITE);
    }

    @Test
    void readsTheTablesOfJoinsAndCommaLists() {
        assertThat(Sql.tables("SELECT i.id FROM ITEM I, INVENTORY V JOIN product p ON p.id = i.product_id"
                + " LEFT OUTER JOIN shop.supplier s ON s.id = i.supplier WHERE i.id = #{id}"))
                .containsExactly(read("ITEM"), read("INVENTORY"), read("product"), read("supplier"));
    }

    @Test
    void writesTheTargetOfInsertUpdateDeleteAndMerge() {
        assertThat(Sql.tables("INSERT INTO orders (id) SELECT id FROM cart")).containsExactly(write("orders"), read("cart"));
        assertThat(Sql.tables("update \"Account\" set x = ? where id = ?")).containsExactly(write("Account"));
        assertThat(Sql.tables("DELETE FROM lineitem WHERE orderid = ?")).containsExactly(write("lineitem"));
        assertThat(Sql.tables("MERGE INTO stock USING incoming ON (1 = 1)")).containsExactly(write("stock"));
    }

    @Test
    void followsSubQueriesAndIgnoresLiteralsAndComments() {
        assertThat(Sql.tables("SELECT * FROM (SELECT * FROM a) x -- FROM b\n WHERE y IN (SELECT id FROM c)"
                + " AND z = 'FROM d' /* JOIN e */")).containsExactly(read("a"), read("c"));
    }

    @Test
    void skipsJpqlPathJoins() {
        assertThat(Sql.tables("SELECT o FROM Owner o JOIN o.pets p JOIN FETCH p.visits WHERE o.id = :id"))
                .containsExactly(read("Owner"));
    }

    @Test
    void doesNotTakeALockClauseForAnUpdate() {
        assertThat(Sql.tables("SELECT * FROM seq WHERE name = ? FOR UPDATE")).containsExactly(read("seq"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"SELECT a FROM b", "  insert into t values (1)", "UPDATE t SET a = 1",
        "delete from t", "(select x from y)", "WITH x AS (SELECT 1) SELECT * FROM x"})
    void recognisesStatements(String text) {
        assertThat(Sql.looksLikeSql(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"select", "Select a product", "update", "owners/createOrUpdateOwnerForm",
        "Delete this?", "/WEB-INF/jsp/Main.jsp", "redirect:/owners", "selectedItem"})
    void leavesOtherTextAlone(String text) {
        assertThat(Sql.looksLikeSql(text)).isFalse();
    }

    @Test
    void readsCreatedTablesWithTheirForeignKeysInLowerCase() {
        List<CreatedTable> tables = Sql.createdTables("""
                CREATE TABLE IF NOT EXISTS Vets (id INT PRIMARY KEY);
                create table vet_specialties (
                  vet_id INT NOT NULL REFERENCES vets (id),
                  specialty_id INT,
                  FOREIGN KEY (specialty_id) REFERENCES "SPECIALTIES" (id)
                );
                CREATE INDEX idx ON vets (id);
                CREATE TABLE specialties (id INT);
                ALTER TABLE vets ADD CONSTRAINT fk FOREIGN KEY (id) REFERENCES specialties (id);
                """);
        assertThat(tables).containsExactly(new CreatedTable("vets", 1, List.of("specialties")),
                new CreatedTable("vet_specialties", 2, List.of("vets", "specialties")),
                new CreatedTable("specialties", 8, List.of()));
    }
}
