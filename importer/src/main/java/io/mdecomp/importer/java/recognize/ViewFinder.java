package io.mdecomp.importer.java.recognize;

import io.mdecomp.importer.java.code.Argument;
import io.mdecomp.importer.java.code.CallSite;
import io.mdecomp.importer.java.code.MethodDecl;
import io.mdecomp.importer.java.code.TypeDecl;
import io.mdecomp.importer.java.code.TypeRef;
import io.mdecomp.importer.java.resolve.TypeIndex;
import io.mdecomp.importer.java.source.SourceFile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Ties views to the code. A handler renders a view when it returns a view name or path (a literal
 * or a constant), or passes one to {@code ModelAndView}, {@code setViewName},
 * {@code ForwardResolution}, {@code Viewable}, {@code getRequestDispatcher}, {@code forward} or
 * {@code include}; {@code forward:} prefixes and query strings are dropped, {@code redirect:}s are
 * not views. A name matches a view whose path ends with it, with or without the extension
 * ({@code owners/ownerDetails} is {@code templates/owners/ownerDetails.html}). Views include others
 * (JSP include directives and actions, {@code c:import}, Thymeleaf {@code th:replace|insert|include}
 * and {@code layout:decorate}, Facelets {@code ui:include|composition|decorate}), link to handlers
 * (Stripes {@code beanclass}, JSF {@code #{bean.…}}, URLs in {@code href}/{@code action} that match
 * a handler's path: an absolute one the whole path, a relative one its last segments, since where
 * it resolves depends on the page's own URL, when only one handler class fits), use the code's classes directly (JSP
 * {@code <%@ page import %>} directives and {@code <jsp:useBean class|type>}, as pages that call
 * DAOs from scriptlets do) and name model objects by the parts of their expressions ({@code owner} and
 * {@code name} in {@code ${owner.name}}).
 */
final class ViewFinder {

    private static final Set<String> RENDER_CALLS = Set.of("setViewName", "getRequestDispatcher", "forward", "include",
            "render");
    private static final Set<String> RENDER_TYPES = Set.of("ModelAndView", "ForwardResolution", "Viewable");
    private static final List<Pattern> INCLUDES = List.of(
            Pattern.compile("<%@\\s*include\\s+file\\s*=\\s*\"([^\"]+)\""),
            Pattern.compile("<jsp:include\\s+page\\s*=\\s*\"([^\"]+)\""),
            Pattern.compile("<jsp:directive\\.include\\s+file\\s*=\\s*\"([^\"]+)\""),
            Pattern.compile("<c:import\\s+url\\s*=\\s*\"([^\"]+)\""),
            Pattern.compile("(?:th:replace|th:insert|th:include|layout:decorate|data-th-replace|data-th-insert)\\s*=\\s*\""
                    + "\\s*~?\\{?\\s*([^:\"}\\s]+)"),
            Pattern.compile("<ui:(?:include|composition|decorate)\\b[^>]*?\\b(?:src|template)\\s*=\\s*\"([^\"]+)\""));
    private static final Pattern BEANCLASS = Pattern.compile("beanclass\\s*=\\s*\"([\\w.$]+)\"");
    private static final Pattern EL_BEAN = Pattern.compile("#\\{\\s*([A-Za-z_]\\w*)\\s*[.\\[]");
    private static final Pattern EL_PATH = Pattern.compile("[$#*]\\{\\s*!?\\s*([A-Za-z_]\\w*(?:\\s*\\.\\s*[A-Za-z_]\\w*)*)");
    private static final Pattern URL = Pattern.compile("(?:th:href|th:action|href|action)\\s*=\\s*\"([^\"]+)\"");
    private static final Pattern PAGE_IMPORT = Pattern.compile("<%@\\s*page\\b[^%]*?\\bimport\\s*=\\s*\"([^\"]+)\"");
    private static final Pattern USE_BEAN = Pattern.compile(
            "<jsp:useBean\\b[^>]*?\\b(?:class|type|beanName)\\s*=\\s*\"([\\w.$]+)\"");

    private final TypeIndex index;
    private final Constants constants;

    ViewFinder(TypeIndex index, Constants constants) {
        this.index = index;
        this.constants = constants;
    }

    List<ViewFact> find(List<SourceFile> views, List<Handler> handlers, Map<String, TypeDecl> beans) {
        Map<SourceFile, List<Handler>> rendered = new LinkedHashMap<>();
        for (Handler handler : handlers) {
            for (String name : viewNames(handler)) {
                for (SourceFile view : match(name, views, null)) {
                    List<Handler> list = rendered.computeIfAbsent(view, k -> new ArrayList<>());
                    if (!list.contains(handler)) {
                        list.add(handler);
                    }
                }
            }
        }
        List<ViewFact> out = new ArrayList<>();
        for (SourceFile view : views) {
            List<SourceFile> includes = new ArrayList<>();
            for (Pattern pattern : INCLUDES) {
                Matcher matcher = pattern.matcher(view.text());
                while (matcher.find()) {
                    match(matcher.group(1), views, view).stream().filter(v -> v != view && !includes.contains(v))
                            .forEach(includes::add);
                }
            }
            out.add(new ViewFact(view, rendered.getOrDefault(view, List.of()), includes, links(view, handlers, beans),
                    mentions(view)));
        }
        return out;
    }

    /** The view names and paths {@code handler} renders. */
    private List<String> viewNames(Handler handler) {
        List<String> out = new ArrayList<>();
        returned(handler.type(), handler.method(), out, 0);
        for (CallSite call : handler.method().calls()) {
            boolean renders = RENDER_CALLS.contains(call.method()) || call.method().equals(CallSite.NEW)
                    && call.scope().type().map(TypeRef::simpleName).filter(RENDER_TYPES::contains).isPresent();
            if (renders && !call.arguments().isEmpty()) {
                Argument first = call.arguments().get(0);
                first.text().or(() -> first.name().flatMap(n -> constants.value(handler.type(), n))).ifPresent(out::add);
            }
        }
        return out;
    }

    /** What {@code method} returns as text, following returns of its own object's methods a few levels deep. */
    private void returned(TypeDecl owner, MethodDecl method, List<String> out, int depth) {
        for (String returned : method.returns()) {
            if (returned.startsWith("()")) {
                if (depth < 3) {
                    for (TypeIndex.Member<MethodDecl> callee : index.methods(owner, returned.substring(2))) {
                        returned(callee.owner(), callee.member(), out, depth + 1);
                    }
                }
            } else if (returned.startsWith("=")) {
                constants.value(owner, returned.substring(1)).ifPresent(out::add);
            } else {
                out.add(returned);
            }
        }
    }

    /** The views a view name or path means, relative to {@code from} first when given. */
    static List<SourceFile> match(String written, List<SourceFile> views, SourceFile from) {
        String name = written.strip();
        if (name.startsWith("redirect:") || name.contains("://") || name.contains("${") || name.isEmpty()) {
            return List.of();
        }
        name = name.replaceFirst("^forward:", "").replaceAll("[?#].*$", "");
        if (from != null && !name.startsWith("/")) {
            String dir = from.name().contains("/") ? from.name().substring(0, from.name().lastIndexOf('/') + 1) : "";
            String relative = normalize(dir + name);
            for (SourceFile view : views) {
                if (view.name().equals(relative) || withoutExtension(view.name()).equals(relative)) {
                    return List.of(view);
                }
            }
        }
        name = name.replaceFirst("^/+", "");
        if (name.isEmpty()) {
            return List.of();
        }
        List<SourceFile> out = new ArrayList<>();
        for (SourceFile view : views) {
            String path = "/" + view.name();
            if (path.endsWith("/" + name) || withoutExtension(path).endsWith("/" + name)) {
                out.add(view);
            }
        }
        return out;
    }

    private static String withoutExtension(String path) {
        int slash = path.lastIndexOf('/');
        int dot = path.indexOf('.', slash + 1);
        return dot > 0 ? path.substring(0, dot) : path;
    }

    /** {@code a/b/../c/./d} → {@code a/c/d}. */
    private static String normalize(String path) {
        List<String> parts = new ArrayList<>();
        for (String part : path.split("/")) {
            if (part.equals("..")) {
                if (!parts.isEmpty()) {
                    parts.remove(parts.size() - 1);
                }
            } else if (!part.isEmpty() && !part.equals(".")) {
                parts.add(part);
            }
        }
        return String.join("/", parts);
    }

    private List<TypeDecl> links(SourceFile view, List<Handler> handlers, Map<String, TypeDecl> beans) {
        List<TypeDecl> out = new ArrayList<>();
        Matcher beanClass = BEANCLASS.matcher(view.text());
        while (beanClass.find()) {
            index.qualified(beanClass.group(1)).filter(t -> !out.contains(t)).ifPresent(out::add);
        }
        Matcher bean = EL_BEAN.matcher(view.text());
        while (bean.find()) {
            TypeDecl type = beans.get(bean.group(1));
            if (type != null && !out.contains(type)) {
                out.add(type);
            }
        }
        Matcher pageImport = PAGE_IMPORT.matcher(view.text());
        while (pageImport.find()) {
            for (String imported : pageImport.group(1).split(",")) {
                index.qualified(imported.strip()).filter(t -> !out.contains(t)).ifPresent(out::add);
            }
        }
        Matcher useBean = USE_BEAN.matcher(view.text());
        while (useBean.find()) {
            index.qualified(useBean.group(1)).filter(t -> !out.contains(t)).ifPresent(out::add);
        }
        Matcher url = URL.matcher(view.text());
        while (url.find()) {
            String target = url.group(1).replaceAll("^@\\{|}$", "").replaceAll("\\(.*$", "").replaceAll("[?#].*$", "")
                    .replaceAll("\\$\\{[^}]*}", "");
            boolean absolute = target.startsWith("/");
            if (absolute ? target.length() < 2 : target.isEmpty() || target.contains(":")) {
                continue;
            }
            List<TypeDecl> matched = new ArrayList<>();
            for (Handler handler : handlers) {
                String path = handler.path().replaceAll("\\?.*$", "");
                boolean matches = absolute ? samePath(path, target) : endsWithPath(path, target);
                if (matches && !matched.contains(handler.type())) {
                    matched.add(handler.type());
                }
            }
            if (absolute || matched.size() == 1) {   // a relative link that fits several classes says nothing
                matched.stream().filter(t -> !out.contains(t)).forEach(out::add);
            }
        }
        return out;
    }

    /**
     * Whether a handler path (with {@code {variables}}) ends with the segments of a relative link
     * ({@code ./} and {@code ../} dropped): {@code pets/new} may be {@code /owners/{id}/pets/new}.
     */
    static boolean endsWithPath(String pattern, String relative) {
        List<String> link = new ArrayList<>();
        for (String part : relative.split("/")) {
            if (!part.isEmpty() && !part.equals(".") && !part.equals("..")) {
                link.add(part);
            }
        }
        String[] path = pattern.replaceFirst("^/+", "").split("/");
        if (link.isEmpty() || link.size() > path.length) {
            return false;
        }
        String tail = "/" + String.join("/", List.of(path).subList(path.length - link.size(), path.length));
        return samePath(tail, "/" + String.join("/", link));
    }

    /** Whether a handler path (with {@code {variables}}) matches a link's path. */
    static boolean samePath(String pattern, String path) {
        String[] a = pattern.split("/");
        String[] b = path.split("/");
        if (a.length != b.length) {
            return false;
        }
        for (int i = 0; i < a.length; i++) {
            boolean variable = a[i].startsWith("{") || b[i].startsWith("{") || b[i].startsWith("__");
            if (!variable && !a[i].equals(b[i])) {
                return false;
            }
        }
        return true;
    }

    private static Map<String, Integer> mentions(SourceFile view) {
        Map<String, Integer> out = new TreeMap<>();
        Matcher path = EL_PATH.matcher(view.text());
        while (path.find()) {
            for (String part : path.group(1).split("\\s*\\.\\s*")) {
                out.merge(part, 1, Integer::sum);
            }
        }
        return out;
    }

    /** JSF bean names → bean classes. */
    static Map<String, TypeDecl> beans(List<Handler> handlers) {
        Map<String, TypeDecl> out = new HashMap<>();
        for (Handler handler : handlers) {
            if (handler.framework() == WebFramework.JSF) {
                String path = handler.path();
                out.putIfAbsent(path.substring(1, path.lastIndexOf('/')), handler.type());
            }
        }
        return out;
    }
}
