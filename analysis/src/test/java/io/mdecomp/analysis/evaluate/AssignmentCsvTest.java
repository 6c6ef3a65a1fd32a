package io.mdecomp.analysis.evaluate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mdecomp.model.ComponentKind;
import io.mdecomp.model.diagnostic.Diagnostic;
import io.mdecomp.model.diagnostic.InputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AssignmentCsvTest {

    private static ComponentKey key(ComponentKind kind, String name) {
        return new ComponentKey(kind, name);
    }

    private static List<String> problems(String text) {
        try {
            AssignmentCsv.parse("a.csv", text);
        } catch (InputException e) {
            return e.diagnostics().stream().map(Diagnostic::format).toList();
        }
        throw new AssertionError("no problem reported for:\n" + text);
    }

    @Test
    void readsTheGroundTruthLayoutWithKindsInNames() {
        ComponentAssignment truth = AssignmentCsv.parse("truth.csv", """
                Components,Type,Label
                ConfirmOrder(jsp),view,0
                LineItem,class,0
                LINEITEM(table),table,0
                AbstractActionBean,class,C
                """);
        assertThat(truth.asMap()).containsExactly(
                java.util.Map.entry(key(ComponentKind.CLASS, "AbstractActionBean"), "C"),
                java.util.Map.entry(key(ComponentKind.CLASS, "LineItem"), "0"),
                java.util.Map.entry(key(ComponentKind.TABLE, "lineitem"), "0"),
                java.util.Map.entry(key(ComponentKind.VIEW, "ConfirmOrder"), "0"));
        assertThat(truth.labels().get(1).location().line()).isEqualTo(3);
    }

    @Test
    void readsTheBaselineLayoutTakingBareNamesAsClasses() {
        ComponentAssignment baseline = AssignmentCsv.parse("b.csv", "Components,Label\r\nSequence,0\r\nsequence(table),1\r\n"
                + "Help(html),1\r\n\r\n");
        assertThat(baseline.asMap()).containsOnlyKeys(key(ComponentKind.CLASS, "Sequence"),
                key(ComponentKind.TABLE, "sequence"), key(ComponentKind.VIEW, "Help"));
    }

    @Test
    void readsItsOwnLayoutInAnyColumnOrderWithQuotesAndAByteOrderMark() {
        ComponentAssignment own = AssignmentCsv.parse("own.csv", "\uFEFFservice,component,kind\n"
                + "\"Order, and more\",Order,class\n"
                + "\"say \"\"hi\"\"\",orders,TABLE\n"
                + "C,  StringUtils  ,class\n");
        assertThat(own.asMap()).containsEntry(key(ComponentKind.CLASS, "Order"), "Order, and more")
                .containsEntry(key(ComponentKind.TABLE, "orders"), "say \"hi\"")
                .containsEntry(key(ComponentKind.CLASS, "StringUtils"), "C");
    }

    @Test
    void reportsEveryBadRowWithItsLocation() {
        assertThat(problems("""
                component,kind,service
                Order,class
                ,class,S
                Pet,klass,S
                Owner,class,
                Order,class,S
                Order,class,T
                """)).containsExactly(
                "a.csv:2:1: error: this row has 2 fields, the header has 3; quote a field that holds a comma [syntax]",
                "a.csv:3:1: error: the component name is empty [value]",
                "a.csv:4:5: error: unknown kind 'klass'; did you mean 'class'? (known: class, table, view) [value]",
                "a.csv:5:13: error: component 'Owner' has no service; write a service name, C (shared) or N/U "
                        + "(unused) [value]",
                "a.csv:7:1: error: component Order (class) is listed twice (first on line 6) [duplicate]");
    }

    @Test
    void reportsQuotedBlankNamesAndServicesAsEmpty() {
        assertThat(problems("""
                component,kind,service
                "  ",class,S
                Owner,class,"   "
                """)).containsExactly(
                "a.csv:2:1: error: the component name is empty [value]",
                "a.csv:3:13: error: component 'Owner' has no service; write a service name, C (shared) or N/U "
                        + "(unused) [value]");
    }

    @Test
    void letsASuffixOverruleAKindColumnThatContradictsItWithAWarning() {
        ComponentAssignment truth = AssignmentCsv.parse("t.csv", """
                Components,Type,Label
                accountImg(jsp),class,1
                lineitem(table),view,0
                Account,class,1
                """);
        assertThat(truth.asMap()).containsOnlyKeys(key(ComponentKind.VIEW, "accountImg"),
                key(ComponentKind.TABLE, "lineitem"), key(ComponentKind.CLASS, "Account"));
        assertThat(truth.warnings()).extracting(Diagnostic::format).containsExactly(
                "t.csv:2:1: warning: 'accountImg(jsp)' is written as a view but its kind is class; taken as a view, "
                        + "since a suffix in parentheses is '(table)' for tables and the file extension for views [kind]",
                "t.csv:3:1: warning: 'lineitem(table)' is written as a table but its kind is view; taken as a table, "
                        + "since a suffix in parentheses is '(table)' for tables and the file extension for views [kind]");
        assertThat(AssignmentCsv.parse("u.csv", "Components,Type,Label\nA,class,1\n").warnings()).isEmpty();
    }

    @Test
    void namesViewsOfOneBaseNameWithTheirExtensionOnlyWhenTheExtensionTellsThemApart() {
        ComponentAssignment truth = AssignmentCsv.parse("t.csv", """
                Components,Type,Label
                account(jsp),view,1
                account(XHTML),view,1
                quote(jsp),view,3
                marketSummary(html),view,3
                marketSummary(jsp),view,3
                """);
        assertThat(truth.asMap()).containsOnlyKeys(key(ComponentKind.VIEW, "account.jsp"),
                key(ComponentKind.VIEW, "account.xhtml"), key(ComponentKind.VIEW, "quote"),
                key(ComponentKind.VIEW, "marketSummary.html"), key(ComponentKind.VIEW, "marketSummary.jsp"));
        assertThat(problems("Components,Type,Label\naccount(jsp),view,1\naccount(jsp),view,2\n")).containsExactly(
                "a.csv:3:1: error: component account (view) is listed twice (first on line 2) [duplicate]");
        assertThat(problems("Components,Type,Label\naccount(jsp),view,1\naccount(html),view,1\naccount(jsp),view,2\n"))
                .containsExactly("a.csv:4:1: error: component account.jsp (view) is listed twice (first on line 2) "
                        + "[duplicate]");
    }

    @Test
    void reportsABadHeader() {
        assertThat(problems("componnet,kind,service,weight\nOrder,class,S,1\n")).containsExactly(
                "a.csv:1:1: error: the header row has no component column; expected component,kind,service[,placedBy] "
                        + "(kind optional), or the ground truth's Components,Type,Label [header]",
                "a.csv:1:1: error: unknown column 'componnet'; did you mean 'component'?; expected "
                        + "component,kind,service[,placedBy] (kind optional), or the ground truth's Components,Type,Label [header]",
                "a.csv:1:24: error: unknown column 'weight'; expected component,kind,service[,placedBy] (kind optional), "
                        + "or the ground truth's Components,Type,Label [header]");
        assertThat(problems("Components,Label,label\n")).containsExactly(
                "a.csv:1:18: error: column 'label' repeats column 2; expected component,kind,service[,placedBy] (kind "
                        + "optional), or the ground truth's Components,Type,Label [header]");
    }

    @Test
    void reportsBrokenQuotesAndEmptyFiles() {
        assertThat(problems("component,service\n\"Order,S\n")).containsExactly(
                "a.csv:2:1: error: quoted field is never closed; end it with a double quote (write \"\" for a "
                        + "quote inside) [syntax]");
        assertThat(problems("component,service\n\"Order\"x,S\n")).containsExactly(
                "a.csv:2:8: error: unexpected text after a quoted field; put the whole field in quotes, or a comma "
                        + "after it [syntax]");
        assertThat(problems("\n  \n")).containsExactly("a.csv:1:1: error: the file is empty; expected "
                + "component,kind,service[,placedBy] (kind optional), or the ground truth's Components,Type,Label [syntax]");
    }

    @Test
    void refusesMissingDirectoriesAndNonUtf8Files(@TempDir Path dir) throws Exception {
        assertThatThrownBy(() -> AssignmentCsv.read(dir.resolve("missing.csv")))
                .hasMessage(dir.resolve("missing.csv") + ": error: no such file [io]");
        assertThatThrownBy(() -> AssignmentCsv.read(dir)).hasMessage(dir + ": error: is a directory; give the "
                + "path of a CSV file [io]");
        Path latin1 = dir.resolve("latin1.csv");
        Files.write(latin1, "component,service\nCaf\u00e9,S\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> AssignmentCsv.read(latin1)).isInstanceOf(InputException.class)
                .hasMessageStartingWith(latin1 + ":2:4: error: file is not valid UTF-8");
        Path bom = dir.resolve("bom.csv");
        Files.write(bom, "\uFEFFcomponent,service\nOrder,S\n".getBytes(StandardCharsets.UTF_8));
        assertThat(AssignmentCsv.read(bom).labels()).hasSize(1);
    }
}
