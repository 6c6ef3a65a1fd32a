package io.mdecomp.codegen.view;

import java.util.List;
import java.util.Map;

/** The sanitized names of every service, by model position, and each service's position by name. */
record ServiceNames(List<String> classNames, List<String> artifactIds, Map<String, Integer> positions) {

    int position(String service) {
        return positions.get(service);
    }

    String artifactId(String service) {
        return artifactIds.get(position(service));
    }

    String className(String service) {
        return classNames.get(position(service));
    }
}
