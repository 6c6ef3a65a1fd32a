package io.mdecomp.model;

/** How a coarse dependency talks. */
public enum Protocol implements YamlEnum {
    HTTP("http"),
    GRPC("grpc"),
    MESSAGE_QUEUE("message-queue"),
    EVENT_STREAM("event-stream");

    private final String yamlName;

    Protocol(String yamlName) {
        this.yamlName = yamlName;
    }

    @Override
    public String yamlName() {
        return yamlName;
    }
}
