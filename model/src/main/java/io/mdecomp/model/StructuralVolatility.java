package io.mdecomp.model;

/** How often an entity's structure changes (Service Cutter's criterion). */
public enum StructuralVolatility implements YamlEnum {
    OFTEN("often", 10),
    NORMAL("normal", 4),
    RARELY("rarely", 0);

    private final String yamlName;
    private final int weight;

    StructuralVolatility(String yamlName, int weight) {
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
