package io.mdecomp.importer.java.recognize;

import static org.assertj.core.api.Assertions.assertThat;

import io.mdecomp.importer.java.sql.Access;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VerbsTest {

    @ParameterizedTest
    @CsvSource({"findByLastName, READ", "getOrder, READ", "save, WRITE", "insertOrder, WRITE", "deleteById, WRITE",
        "updateInventoryQuantity, WRITE", "existsById, READ", "count, READ", "isAvailable, READ",
        "setupCache, READ", "settle, READ", "addItem, WRITE", "address, READ"})
    void readsTheVerbAMethodNameStartsWith(String name, String expected) {
        Access access = Verbs.of(name).orElse(Access.READ);
        assertThat(access).isEqualTo(Access.valueOf(expected));
    }
}
