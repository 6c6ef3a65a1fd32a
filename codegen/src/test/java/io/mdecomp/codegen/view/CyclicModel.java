package io.mdecomp.codegen.view;

import io.mdecomp.codegen.TestModels;
import io.mdecomp.model.BoundedContext;
import io.mdecomp.model.CallMode;
import io.mdecomp.model.Deployment;
import io.mdecomp.model.Domain;
import io.mdecomp.model.DomainModel;
import io.mdecomp.model.HttpMethod;
import io.mdecomp.model.diagnostic.SourceLocation;
import java.util.List;
import java.util.Optional;

/** Two services, a and b, whose endpoints call each other synchronously. */
public final class CyclicModel {

    private CyclicModel() {
    }

    public static DomainModel twoServicesCallingEachOther() {
        SourceLocation at = SourceLocation.startOf("cycle.yaml");
        return new DomainModel("cycle", 1, List.of(new Domain("D", "", List.of(new BoundedContext("C", "D", List.of(), at)), at)),
                List.of(TestModels.service("a", "C", List.of(), List.of(TestModels.endpoint("x", HttpMethod.GET, "/x", List.of(), List.of(),
                                List.of(TestModels.call("b", "y", CallMode.SYNC, 1, Optional.empty())), List.of())), List.of(), Deployment.DEFAULT),
                        TestModels.service("b", "C", List.of(), List.of(TestModels.endpoint("y", HttpMethod.GET, "/y", List.of(), List.of(),
                                List.of(TestModels.call("a", "x", CallMode.SYNC, 1, Optional.empty())), List.of())), List.of(), Deployment.DEFAULT)),
                List.of(), List.of(), at);
    }
}
