package io.mdecomp.model;

/** How often an entity's content changes (Service Cutter's criterion). */
public enum ContentVolatility implements YamlEnum {
    OFTEN("often", 10),
    REGULARLY("regularly", 5),
    RARELY("rarely", 0);

    private final String yamlName;
    private final int weight;

    ContentVolatility(String yamlName, int weight) {
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
