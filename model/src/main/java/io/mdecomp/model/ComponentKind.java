package io.mdecomp.model;

/** What a component of the code base is: a class, a database table or a view (a page or template). */
public enum ComponentKind implements YamlEnum {
    CLASS("class"),
    TABLE("table"),
    VIEW("view");

    private final String yamlName;

    ComponentKind(String yamlName) {
        this.yamlName = yamlName;
    }

    @Override
    public String yamlName() {
        return yamlName;
    }
}
