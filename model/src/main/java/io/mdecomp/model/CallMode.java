package io.mdecomp.model;

/** Whether a caller waits for its callee. */
public enum CallMode implements YamlEnum {
    SYNC("sync"),
    ASYNC("async");

    private final String yamlName;

    CallMode(String yamlName) {
        this.yamlName = yamlName;
    }

    @Override
    public String yamlName() {
        return yamlName;
    }
}
