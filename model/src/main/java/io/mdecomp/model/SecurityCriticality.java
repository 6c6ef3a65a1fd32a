package io.mdecomp.model;

/** How sensitive an entity's data is (Service Cutter's criterion). */
public enum SecurityCriticality implements YamlEnum {
    CRITICAL("critical", 10),
    INTERNAL("internal", 3),
    PUBLIC("public", 0);

    private final String yamlName;
    private final int weight;

    SecurityCriticality(String yamlName, int weight) {
        this.yamlName = yamlName;
        this.weight = weight;
    }

    @Override
    public String yamlName() {
        return yamlName;
    }

    /** Service Cutter's weight of this level, 0..10; pairs score −|wᵢ − wⱼ|. */
    public int weight() {
        return weight;
    }
}
