package io.mdecomp.model.testing;

import io.mdecomp.model.BoundedContext;
import io.mdecomp.model.Call;
import io.mdecomp.model.Component;
import io.mdecomp.model.Dependency;
import io.mdecomp.model.Domain;
import io.mdecomp.model.DomainModel;
import io.mdecomp.model.Endpoint;
import io.mdecomp.model.Entity;
import io.mdecomp.model.Service;
import io.mdecomp.model.Subscription;
import io.mdecomp.model.UseCase;
import io.mdecomp.model.diagnostic.SourceLocation;

/** The same model with every location replaced by {@link SourceLocation#UNKNOWN}, for comparing content. */
public final class WithoutLocations {

    private static final SourceLocation NONE = SourceLocation.UNKNOWN;

    private WithoutLocations() {
    }

    public static DomainModel of(DomainModel m) {
        return new DomainModel(m.system(), m.version(),
                m.domains().stream().map(d -> new Domain(d.name(), d.description(), d.contexts().stream()
                        .map(c -> new BoundedContext(c.name(), c.domain(), c.entities().stream()
                                .map(WithoutLocations::entity).toList(), NONE)).toList(), NONE)).toList(),
                m.services().stream().map(WithoutLocations::service).toList(),
                m.dependencies().stream().map(d -> new Dependency(d.from(), d.to(), d.protocol(), NONE)).toList(),
                m.useCases().stream().map(u -> new UseCase(u.name(), u.reads(), u.writes(), u.latencyCritical(), NONE))
                        .toList(),
                m.components().stream().map(c -> new Component(c.name(), c.kind(), c.uses(), c.service(), c.links(), c.pkg(), NONE))
                        .toList(), NONE);
    }

    private static Entity entity(Entity e) {
        return new Entity(e.name(), e.context(), e.kind(), e.aggregate(), e.attributes(), e.references(),
                e.characteristics(), e.securityZone(), NONE);
    }

    private static Service service(Service s) {
        return new Service(s.name(), s.context(), s.team(), s.complexity(), s.owns(),
                s.endpoints().stream().map(e -> new Endpoint(e.name(), e.method(), e.path(), e.reads(), e.writes(),
                        e.serviceTime(), e.calls().stream().map(c -> new Call(c.service(), c.endpoint(), c.mode(),
                                c.probability(), c.parallel(), c.timeout(), NONE)).toList(), e.publishes(), e.cache(),
                        NONE, e.publishRules())).toList(),
                s.consumes().stream().map(c -> new Subscription(c.event(), c.endpoint(), NONE)).toList(),
                s.deployment(), NONE);
    }
}
