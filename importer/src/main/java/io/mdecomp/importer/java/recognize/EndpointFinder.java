package io.mdecomp.importer.java.recognize;

import io.mdecomp.importer.java.code.AnnotationUse;
import io.mdecomp.importer.java.code.MethodDecl;
import io.mdecomp.importer.java.code.TypeDecl;
import io.mdecomp.importer.java.code.TypeKind;
import io.mdecomp.importer.java.resolve.TypeIndex;
import io.mdecomp.importer.java.xml.XmlDocument;
import io.mdecomp.importer.java.xml.XmlElement;
import io.mdecomp.model.HttpMethod;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the request handlers of each supported framework:
 * <ul>
 *   <li>Spring MVC: methods of {@code @Controller}/{@code @RestController} classes mapped with
 *       {@code @RequestMapping} or {@code @Get/Post/Put/Delete/PatchMapping}, under the class's
 *       {@code @RequestMapping} prefix;</li>
 *   <li>JAX-RS: methods with {@code @GET}, {@code @POST}... under the class's and the method's
 *       {@code @Path};</li>
 *   <li>Servlets: {@code doGet}, {@code doPost}... ({@code service} too) of {@code HttpServlet}
 *       subclasses mapped by {@code @WebServlet} or {@code web.xml};</li>
 *   <li>Stripes: public methods returning a {@code Resolution} of {@code ActionBean}s, at the
 *       {@code @UrlBinding} or Stripes' default binding ({@code /Catalog.action} for
 *       {@code CatalogActionBean}) with the event name;</li>
 *   <li>JSF: public action methods (returning an outcome {@code String} or {@code void}, not
 *       getters or setters) of {@code @ManagedBean}s, {@code @Named} CDI beans and
 *       {@code faces-config.xml} managed beans, at {@code /bean/action}.</li>
 * </ul>
 */
final class EndpointFinder {

    private static final Map<String, HttpMethod> SPRING_MAPPINGS = Map.of("GetMapping", HttpMethod.GET,
            "PostMapping", HttpMethod.POST, "PutMapping", HttpMethod.PUT, "DeleteMapping", HttpMethod.DELETE,
            "PatchMapping", HttpMethod.PATCH);
    private static final Map<String, HttpMethod> JAX_RS_METHODS = Map.of("GET", HttpMethod.GET, "POST",
            HttpMethod.POST, "PUT", HttpMethod.PUT, "DELETE", HttpMethod.DELETE, "PATCH", HttpMethod.PATCH, "HEAD",
            HttpMethod.HEAD, "OPTIONS", HttpMethod.OPTIONS);
    private static final Map<String, Optional<HttpMethod>> SERVLET_METHODS = Map.of("doGet", Optional.of(HttpMethod.GET),
            "doPost", Optional.of(HttpMethod.POST), "doPut", Optional.of(HttpMethod.PUT), "doDelete",
            Optional.of(HttpMethod.DELETE), "doPatch", Optional.of(HttpMethod.PATCH), "service", Optional.empty());
    private static final Set<String> JSF_SCOPES = Set.of("RequestScoped", "SessionScoped", "ViewScoped",
            "ConversationScoped", "ApplicationScoped", "FlowScoped", "Model");
    private static final Set<String> LIFECYCLE = Set.of("PostConstruct", "PreDestroy", "Produces", "Observes");

    private final TypeIndex index;
    private final Frameworks frameworks;

    EndpointFinder(TypeIndex index, Frameworks frameworks) {
        this.index = index;
        this.frameworks = frameworks;
    }

    /** The handlers, in file order; {@code descriptors} are {@code web.xml} and {@code faces-config.xml} files. */
    List<Handler> find(List<XmlDocument> descriptors) {
        Map<String, String> servletPaths = servletPaths(descriptors);
        Map<String, String> facesBeans = facesBeans(descriptors);
        List<Handler> out = new ArrayList<>();
        for (TypeDecl type : index.types()) {
            if (type.kind() != TypeKind.CLASS) {
                continue;
            }
            spring(type, out);
            jaxRs(type, out);
            servlet(type, servletPaths, out);
            stripes(type, out);
            jsf(type, facesBeans, out);
        }
        return out;
    }

    private static Optional<String> firstPath(AnnotationUse annotation) {
        List<String> paths = annotation.strings("value");
        if (paths.isEmpty()) {
            paths = annotation.strings("path");
        }
        return paths.stream().findFirst();
    }

    private void spring(TypeDecl type, List<Handler> out) {
        if (!frameworks.hasAny(type, type, Set.of("Controller", "RestController"), Frameworks.SPRING)) {
            return;
        }
        String prefix = frameworks.find(type, type, "RequestMapping", Frameworks.SPRING)
                .flatMap(EndpointFinder::firstPath).orElse("");
        for (MethodDecl method : type.methods()) {
            Optional<AnnotationUse> mapping = frameworks.find(method, type, SPRING_MAPPINGS.keySet(), Frameworks.SPRING);
            Optional<HttpMethod> http = mapping.map(a -> SPRING_MAPPINGS.get(a.simpleName()));
            if (mapping.isEmpty()) {
                mapping = frameworks.find(method, type, "RequestMapping", Frameworks.SPRING);
                http = mapping.flatMap(a -> a.values("method").stream().findFirst())
                        .map(v -> v.substring(v.lastIndexOf('.') + 1)).flatMap(EndpointFinder::httpMethod);
            }
            if (mapping.isPresent()) {
                out.add(new Handler(type, method, WebFramework.SPRING_MVC, http,
                        Paths.join(prefix, firstPath(mapping.get()).orElse(""))));
            }
        }
    }

    private static Optional<HttpMethod> httpMethod(String name) {
        for (HttpMethod method : HttpMethod.values()) {
            if (method.name().equals(name.toUpperCase(Locale.ROOT))) {
                return Optional.of(method);
            }
        }
        return Optional.empty();
    }

    private void jaxRs(TypeDecl type, List<Handler> out) {
        String prefix = frameworks.find(type, type, "Path", Frameworks.JAX_RS).flatMap(a -> a.value("value")).orElse("");
        for (MethodDecl method : type.methods()) {
            Optional<AnnotationUse> verb = frameworks.find(method, type, JAX_RS_METHODS.keySet(), Frameworks.JAX_RS);
            if (verb.isPresent()) {
                String path = frameworks.find(method, type, "Path", Frameworks.JAX_RS).flatMap(a -> a.value("value"))
                        .orElse("");
                out.add(new Handler(type, method, WebFramework.JAX_RS,
                        Optional.of(JAX_RS_METHODS.get(verb.get().simpleName())), Paths.join(prefix, path)));
            }
        }
    }

    private void servlet(TypeDecl type, Map<String, String> servletPaths, List<Handler> out) {
        if (!index.extendsExternal(type, Set.of("HttpServlet"))) {
            return;
        }
        Optional<String> path = frameworks.find(type, type, "WebServlet", Frameworks.SERVLET)
                .flatMap(a -> a.strings("urlPatterns").stream().findFirst().or(() -> a.strings("value").stream().findFirst()))
                .or(() -> Optional.ofNullable(servletPaths.get(type.qualifiedName())));
        String base = Paths.join("", path.orElse(type.name()).replace("*", "all"));
        for (MethodDecl method : type.methods()) {
            Optional<HttpMethod> http = SERVLET_METHODS.getOrDefault(method.name(), null);
            if (SERVLET_METHODS.containsKey(method.name())) {
                out.add(new Handler(type, method, WebFramework.SERVLET, http, base));
            }
        }
    }

    private void stripes(TypeDecl type, List<Handler> out) {
        if (!index.extendsExternal(type, Set.of("ActionBean"))) {
            return;
        }
        String binding = frameworks.find(type, type, "UrlBinding", Frameworks.STRIPES).flatMap(a -> a.value("value"))
                .map(b -> b.replaceAll("\\{[^}]*}", "")).orElseGet(() -> "/" + type.name()
                        .replaceAll("(ActionBean|Action|Bean)$", "") + ".action");
        for (MethodDecl method : type.methods()) {
            if (method.isMethod() && method.isPublic() && !method.isStatic() && method.parameters().isEmpty()
                    && method.returnType().simpleName().endsWith("Resolution")) {
                String event = frameworks.find(method, type, "HandlesEvent", Frameworks.STRIPES)
                        .flatMap(a -> a.value("value")).orElse(method.name());
                out.add(new Handler(type, method, WebFramework.STRIPES, Optional.empty(),
                        Paths.join("", binding) + "?" + event));
            }
        }
    }

    private void jsf(TypeDecl type, Map<String, String> facesBeans, List<Handler> out) {
        Optional<String> name = jsfBeanName(type, facesBeans);
        if (name.isEmpty()) {
            return;
        }
        for (MethodDecl method : type.methods()) {
            String returned = method.returnType().name();
            if (method.isMethod() && method.isPublic() && !method.isStatic()
                    && (returned.equals("String") || returned.equals("void"))
                    && !method.name().matches("(get|set|is)[A-Z].*")
                    && method.annotations().stream().noneMatch(a -> LIFECYCLE.contains(a.simpleName()))) {
                out.add(new Handler(type, method, WebFramework.JSF, Optional.of(HttpMethod.POST),
                        Paths.join(name.get(), method.name())));
            }
        }
    }

    /** The EL name of a JSF backing bean, if {@code type} is one. */
    Optional<String> jsfBeanName(TypeDecl type, Map<String, String> facesBeans) {
        Optional<AnnotationUse> managed = frameworks.find(type, type, "ManagedBean", Frameworks.JSF);
        if (managed.isPresent()) {
            return Optional.of(managed.get().value("name").orElse(Paths.decapitalize(type.name())));
        }
        Optional<AnnotationUse> named = frameworks.find(type, type, "Named", Frameworks.JSF);
        if (named.isPresent() && type.annotations().stream().anyMatch(a -> JSF_SCOPES.contains(a.simpleName()))) {
            return Optional.of(named.get().value("value").orElse(Paths.decapitalize(type.name())));
        }
        if (frameworks.has(type, type, "Model", Frameworks.JSF)) {
            return Optional.of(Paths.decapitalize(type.name()));
        }
        return Optional.ofNullable(facesBeans.get(type.qualifiedName()));
    }

    /** Servlet class → its first URL pattern, from {@code web.xml}. */
    static Map<String, String> servletPaths(List<XmlDocument> descriptors) {
        Map<String, String> classes = new HashMap<>();
        Map<String, String> out = new HashMap<>();
        for (XmlDocument document : descriptors) {
            if (!document.root().name().equals("web-app")) {
                continue;
            }
            for (XmlElement servlet : document.root().children("servlet")) {
                servlet.childText("servlet-name").ifPresent(name -> servlet.childText("servlet-class")
                        .ifPresent(c -> classes.put(name, c)));
            }
            for (XmlElement mapping : document.root().children("servlet-mapping")) {
                Optional<String> name = mapping.childText("servlet-name");
                Optional<String> pattern = mapping.childText("url-pattern");
                if (name.isPresent() && pattern.isPresent() && classes.containsKey(name.get())) {
                    out.putIfAbsent(classes.get(name.get()), pattern.get());
                }
            }
        }
        return out;
    }

    /** Managed bean class → its name, from {@code faces-config.xml}. */
    static Map<String, String> facesBeans(List<XmlDocument> descriptors) {
        Map<String, String> out = new HashMap<>();
        for (XmlDocument document : descriptors) {
            if (!document.root().name().equals("faces-config")) {
                continue;
            }
            for (XmlElement bean : document.root().children("managed-bean")) {
                bean.childText("managed-bean-class").ifPresent(c -> bean.childText("managed-bean-name")
                        .ifPresent(n -> out.putIfAbsent(c, n)));
            }
        }
        return out;
    }
}
