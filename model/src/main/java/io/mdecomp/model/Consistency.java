package io.mdecomp.model;

/** The consistency an entity needs (Service Cutter's criterion). */
public enum Consistency implements YamlEnum {
    HIGH("high", 10),
    EVENTUALLY("eventually", 4),
    WEAK("weak", 0);

    private final String yamlName;
    private final int weight;

    Consistency(String yamlName, int weight) {
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
