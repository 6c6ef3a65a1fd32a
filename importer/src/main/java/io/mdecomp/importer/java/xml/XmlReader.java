package io.mdecomp.importer.java.xml;

import io.mdecomp.importer.java.source.SourceFile;
import io.mdecomp.model.diagnostic.Diagnostic;
import io.mdecomp.model.diagnostic.SourceLocation;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads the XML files the importer understands, recognised by their root element: MyBatis
 * {@code mapper}, {@code web-app}, {@code faces-config}, {@code persistence}; and those it knows
 * but does not read (iBATIS 2 {@code sqlMap}, Hibernate {@code hibernate-mapping}), which the
 * report names. No DTD or entity is ever fetched; secure processing bounds entity expansion. A
 * file that looks like one of these but is not well-formed XML is an {@code xml-syntax} error.
 */
public final class XmlReader {

    /** Root elements read. */
    public static final List<String> READ = List.of("mapper", "web-app", "faces-config", "persistence");
    /** Root elements recognised as frameworks the importer does not support. */
    public static final List<String> NOT_SUPPORTED = List.of("sqlMap", "hibernate-mapping");

    private static final Pattern RELEVANT = Pattern.compile(
            "<\\s*(?:[A-Za-z0-9_-]+:)?(mapper|web-app|faces-config|persistence|sqlMap|hibernate-mapping)[\\s>/]");

    private XmlReader() {
    }

    /** The document, if {@code file} is one the importer knows; problems go to {@code problems}. */
    public static Optional<XmlDocument> read(SourceFile file, Consumer<Diagnostic> problems) {
        if (!RELEVANT.matcher(file.text()).find()) {
            return Optional.empty();
        }
        try {
            SAXParserFactory factory = SAXParserFactory.newInstance();
            factory.setNamespaceAware(false);
            factory.setValidating(false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            SAXParser parser = factory.newSAXParser();
            TreeHandler handler = new TreeHandler();
            parser.parse(new InputSource(new StringReader(file.text())), handler);
            XmlElement root = handler.root();
            if (root == null || !READ.contains(root.name()) && !NOT_SUPPORTED.contains(root.name())) {
                return Optional.empty();
            }
            return Optional.of(new XmlDocument(file.name(), root));
        } catch (SAXParseException e) {
            problems.accept(Diagnostic.error(new SourceLocation(file.name(), Math.max(e.getLineNumber(), 0),
                    Math.max(e.getColumnNumber(), 0)), "xml-syntax", "not well-formed XML: " + e.getMessage()));
        } catch (SAXException | IOException | ParserConfigurationException e) {
            problems.accept(Diagnostic.error(SourceLocation.startOf(file.name()), "xml-syntax",
                    "cannot read the XML: " + e.getMessage()));
        }
        return Optional.empty();
    }

    /** Builds {@link XmlElement}s with line numbers. */
    private static final class TreeHandler extends DefaultHandler {

        private final Deque<Builder> open = new ArrayDeque<>();
        private Locator locator;
        private XmlElement root;

        private static final class Builder {
            final String name;
            final TreeMap<String, String> attributes = new TreeMap<>();
            final StringBuilder text = new StringBuilder();
            final int line;
            final List<XmlElement> children = new ArrayList<>();

            Builder(String name, int line) {
                this.name = name;
                this.line = line;
            }
        }

        XmlElement root() {
            return root;
        }

        @Override
        public void setDocumentLocator(Locator documentLocator) {
            this.locator = documentLocator;
        }

        @Override
        public InputSource resolveEntity(String publicId, String systemId) {
            return new InputSource(new StringReader(""));
        }

        private static String local(String qName) {
            return qName.substring(qName.indexOf(':') + 1);
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            Builder builder = new Builder(local(qName), locator == null ? 0 : locator.getLineNumber());
            for (int i = 0; i < attributes.getLength(); i++) {
                builder.attributes.put(local(attributes.getQName(i)), attributes.getValue(i));
            }
            open.push(builder);
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (!open.isEmpty()) {
                open.peek().text.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            Builder done = open.pop();
            XmlElement element = new XmlElement(done.name, done.attributes, done.text.toString(), done.line,
                    done.children);
            if (open.isEmpty()) {
                root = element;
            } else {
                open.peek().children.add(element);
            }
        }
    }
}
