package io.mdecomp.cli.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class TableTest {

    @Test
    void alignsTextLeftAndNumbersRightWithoutTrailingSpaces() {
        Table table = new Table(List.of("name", "n", "note"),
                List.of(Table.Align.LEFT, Table.Align.RIGHT, Table.Align.LEFT));
        table.row(List.of("a", "10", "x"));
        table.row(List.of("longer", "2", ""));
        assertThat(table.lines("", new Ansi(false))).containsExactly(
                "name     n  note",
                "a       10  x",
                "longer   2");
    }

    @Test
    void refusesRowsOfTheWrongWidth() {
        Table table = new Table(List.of("a", "b"), List.of(Table.Align.LEFT, Table.Align.LEFT));
        assertThatThrownBy(() -> table.row(List.of("only one"))).isInstanceOf(IllegalArgumentException.class);
    }
}
