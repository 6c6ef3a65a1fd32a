package io.mdecomp.model;

/** How much data an entity holds (Service Cutter's criterion). */
public enum Storage implements YamlEnum {
    TINY("tiny", 0),
    NORMAL("normal", 3),
    HUGE("huge", 10);

    private final String yamlName;
    private final int weight;

    Storage(String yamlName, int weight) {
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
