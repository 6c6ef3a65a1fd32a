package io.mdecomp.importer.java.recognize;

/** The request-handling frameworks the importer reads. */
public enum WebFramework {
    SPRING_MVC("Spring MVC"),
    JAX_RS("JAX-RS"),
    SERVLET("Servlet"),
    STRIPES("Stripes"),
    JSF("JSF");

    private final String title;

    WebFramework(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
