package io.mdecomp.analysis.rules;

import io.mdecomp.model.Service;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** MD012: an entity no service owns. Recommends the service implementing its context, if any. */
final class UnownedEntityRule implements Rule {

    @Override
    public RuleId id() {
        return RuleId.MD012;
    }

    @Override
    public List<Violation> check(RuleInput input, double threshold) {
        List<Violation> result = new ArrayList<>();
        input.context().model().entities().forEach(entity -> {
            if (!input.context().ownership().owners(entity.name()).isEmpty()) {
                return;
            }
            Optional<Service> home = input.context().model().services().stream()
                    .filter(s -> s.context().equals(entity.context())).findFirst();
            result.add(Violation.of("entity '" + entity.name() + "' of context '" + entity.context()
                            + "' is owned by no service: nobody is responsible for its data", List.of(entity.name()),
                    entity.location())
                    .recommending(home.map(s -> "add " + entity.name() + " to the owns of " + s.name()
                            + ", which implements " + entity.context()).orElse("add a service for context "
                            + entity.context() + " that owns " + entity.name())));
        });
        return result;
    }

}
