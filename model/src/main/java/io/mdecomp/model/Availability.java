package io.mdecomp.model;

/** The availability an entity needs (Service Cutter's criterion). */
public enum Availability implements YamlEnum {
    CRITICAL("critical", 10),
    NORMAL("normal", 4),
    LOW("low", 0);

    private final String yamlName;
    private final int weight;

    Availability(String yamlName, int weight) {
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
