package io.mdecomp.model.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mdecomp.model.DomainModel;
import io.mdecomp.model.Endpoint;
import io.mdecomp.model.PublishRule;
import io.mdecomp.model.diagnostic.Diagnostic;
import io.mdecomp.model.diagnostic.InputException;
import io.mdecomp.model.testing.WithoutLocations;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** An endpoint's events with a condition: {@code {event, when, probability}} read, checked and written back. */
class PublishRulesTest {

    private static final String MODEL = """
            system: shop
            version: 1
            domains:
              - name: Sales
                contexts:
                  - name: Paying
                    entities:
                      - {name: Payment, kind: aggregate-root}
            services:
              - name: PaymentService
                context: Paying
                endpoints:
                  - name: charge
                    writes: [Payment]
                    publishes: [PaymentCharged, PUBLISHES]
            """;

    private static DomainModel read(String publishes) {
        return ModelReader.readString("m.yaml", MODEL.replace("PUBLISHES", publishes));
    }

    private static List<String> errors(String publishes) {
        try {
            read(publishes);
        } catch (InputException e) {
            return e.diagnostics().stream().map(Diagnostic::format).toList();
        }
        throw new AssertionError("expected an InputException");
    }

    private static Endpoint charge(DomainModel model) {
        return model.service("PaymentService").orElseThrow().endpoint("charge").orElseThrow();
    }

    @Test
    void readsTheConditionsBesideTheBareNames() {
        Endpoint charge = charge(read("{event: PaymentFailed, when: failure}, {event: Audited, probability: 0.05}"));
        assertThat(charge.publishes()).containsExactly("PaymentCharged", "PaymentFailed", "Audited");
        assertThat(charge.publishRule("PaymentCharged")).isEqualTo(PublishRule.DEFAULT);
        assertThat(charge.publishRule("PaymentFailed")).isEqualTo(new PublishRule(PublishRule.When.FAILURE, 1));
        assertThat(charge.publishRule("Audited")).isEqualTo(new PublishRule(PublishRule.When.SUCCESS, 0.05));
        assertThat(charge.publishRules()).containsOnlyKeys("PaymentFailed", "Audited");
    }

    @Test
    void aRuleThatSaysTheDefaultIsNoRule() {
        assertThat(charge(read("{event: Audited, when: success, probability: 1}")).publishRules()).isEmpty();
    }

    @Test
    void writesThemBackAndReadsTheSameModel() {
        DomainModel model = read("{event: PaymentFailed, when: always, probability: 0.5}");
        String yaml = ModelWriter.write(model);
        assertThat(yaml).contains("publishes: [PaymentCharged, {event: PaymentFailed, when: always, probability: 0.5}]");
        DomainModel again = ModelReader.readString("again.yaml", yaml);
        assertThat(WithoutLocations.of(again)).isEqualTo(WithoutLocations.of(model));
        assertThat(charge(again).publishRule("PaymentFailed"))
                .isEqualTo(new PublishRule(PublishRule.When.ALWAYS, 0.5));
    }

    @Test
    void badConditionsAreLocatedErrors() {
        assertThat(errors("{event: PaymentFailed, when: sometimes}")).singleElement().asString()
                .startsWith("m.yaml:15:66: error:").contains("success, failure, always");
        assertThat(errors("{event: PaymentFailed, probability: 0}")).singleElement().asString()
                .startsWith("m.yaml:15:73: error:").contains("(0, 1]");
        assertThat(errors("{event: PaymentFailed, colour: red}")).singleElement().asString()
                .contains("colour");
        assertThat(errors("{when: failure}")).singleElement().asString().contains("event");
        assertThat(errors("{event: PaymentCharged, when: failure}")).singleElement().asString()
                .contains("listed twice");
    }

    @Test
    void aRuleMustBeForAnEventTheEndpointPublishes() {
        TreeMap<String, PublishRule> rules = new TreeMap<>(Map.of("Ghost", new PublishRule(PublishRule.When.FAILURE, 1)));
        Endpoint e = charge(read("Other"));
        assertThatThrownBy(() -> new Endpoint(e.name(), e.method(), e.path(), e.reads(), e.writes(), e.serviceTime(),
                e.calls(), e.publishes(), e.cache(), e.location(), rules)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Ghost");
    }
}
