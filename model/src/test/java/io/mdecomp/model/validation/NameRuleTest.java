package io.mdecomp.model.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameRuleTest {

    @ParameterizedTest(name = "{0} ''{1}'' allowed: {2}")
    @CsvSource(delimiter = '|', value = {
        "IDENTIFIER | OrderService          | true",
        "IDENTIFIER | _private-item_2       | true",
        "IDENTIFIER | ../../etc/evil        | false",
        "IDENTIFIER | Order Service         | false",
        "IDENTIFIER | 2fast                 | false",
        "IDENTIFIER | Größe                 | false",
        "IDENTIFIER | a.b                   | false",
        "EVENT      | order.placed.v2       | true",
        "EVENT      | order..placed         | false",
        "EVENT      | order.                | false",
        "LABEL      | Order Management (EU) | true",
        "LABEL      | Größe & Gewicht       | true",
        "LABEL      | ..                    | true",
        "LABEL      | Orders/Billing        | false",
        "LABEL      | back\\slash            | false",
    })
    void allowsWhatTheRuleSays(NameRule rule, String name, boolean allowed) {
        assertThat(rule.problem(name).isEmpty()).isEqualTo(allowed);
    }

    @ParameterizedTest
    @CsvSource({"IDENTIFIER, 100", "EVENT, 100", "LABEL, 200"})
    void boundsTheLength(NameRule rule, int max) {
        assertThat(rule.problem("a".repeat(max))).isEmpty();
        assertThat(rule.problem("a".repeat(max + 1))).contains("is " + (max + 1) + " characters long; at most " + max
                + " are allowed");
        assertThat(rule.problem("a\tb")).isPresent();
        assertThat(rule.problem(" a")).isPresent();
    }
}
