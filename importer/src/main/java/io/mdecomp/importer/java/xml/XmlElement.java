package io.mdecomp.importer.java.xml;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * An element of an XML document.
 *
 * @param name       its local name (namespace prefix removed)
 * @param attributes by local name
 * @param text       its own text (and CDATA), not its children's
 * @param line       the line of its start tag's end
 * @param children   in document order
 */
public record XmlElement(String name, SortedMap<String, String> attributes, String text, int line,
                         List<XmlElement> children) {

    public XmlElement {
        Objects.requireNonNull(name, "name");
        attributes = Collections.unmodifiableSortedMap(new TreeMap<>(attributes));
        Objects.requireNonNull(text, "text");
        children = List.copyOf(children);
    }

    public Optional<String> attribute(String attributeName) {
        return Optional.ofNullable(attributes.get(attributeName)).map(String::strip).filter(s -> !s.isEmpty());
    }

    /** The children with this name. */
    public List<XmlElement> children(String childName) {
        return children.stream().filter(c -> c.name().equals(childName)).toList();
    }

    /** The trimmed text of the first child with this name. */
    public Optional<String> childText(String childName) {
        return children(childName).stream().findFirst().map(c -> c.text().strip()).filter(s -> !s.isEmpty());
    }

    /** This element and all below it, in document order. */
    public List<XmlElement> descendants() {
        List<XmlElement> out = new ArrayList<>();
        collect(this, out);
        return out;
    }

    private static void collect(XmlElement element, List<XmlElement> out) {
        out.add(element);
        element.children().forEach(c -> collect(c, out));
    }

    /** Its text and all its descendants' text, in document order, separated by spaces. */
    public String allText() {
        StringBuilder out = new StringBuilder();
        appendText(this, out);
        return out.toString();
    }

    private static void appendText(XmlElement element, StringBuilder out) {
        out.append(element.text()).append(' ');
        element.children().forEach(c -> appendText(c, out));
    }

    /** Attributes as a plain map, for callers that iterate. */
    public Map<String, String> attributeMap() {
        return attributes;
    }
}
