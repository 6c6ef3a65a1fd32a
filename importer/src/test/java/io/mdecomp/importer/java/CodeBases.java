package io.mdecomp.importer.java;

import io.mdecomp.importer.java.assemble.ServicesBy;
import java.nio.file.Path;
import java.util.List;

/**
 * The small code bases under {@code src/test/resources/codebases}: one per framework family, and
 * one of classes that touch no entity and of web-socket messages ({@code placement}).
 */
final class CodeBases {

    static final Path ROOT = Path.of("src", "test", "resources", "codebases");
    static final List<String> ALL = List.of("jpa-spring-mvc", "mybatis-stripes", "servlet-jdbc", "jaxrs-jpa", "jsf",
            "placement");

    private CodeBases() {
    }

    static Path path(String name) {
        return ROOT.resolve(name);
    }

    static JavaImport load(String name) {
        return JavaImporter.importJava(List.of(path(name)), ServicesBy.SINGLE);
    }
}
