package io.mdecomp.importer.java.assemble;

import io.mdecomp.model.YamlEnum;

/** How the current deployment is read from a code base: which services it has today. */
public enum ServicesBy implements YamlEnum {
    /** One service: a monolith. */
    SINGLE("single"),
    /** A service per build module (a directory with its own pom.xml or build.gradle). */
    MODULE("module"),
    /** A service per Java package. */
    PACKAGE("package");

    private final String yamlName;

    ServicesBy(String yamlName) {
        this.yamlName = yamlName;
    }

    @Override
    public String yamlName() {
        return yamlName;
    }
}
