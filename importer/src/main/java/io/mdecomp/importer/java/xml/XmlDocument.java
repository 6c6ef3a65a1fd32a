package io.mdecomp.importer.java.xml;

import java.util.Objects;

/** A parsed XML file: its name and root element. */
public record XmlDocument(String file, XmlElement root) {

    public XmlDocument {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(root, "root");
    }
}
