package io.mdecomp.codegen.view;

import io.mdecomp.model.Attribute;
import io.mdecomp.model.AttributeType;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Maps attribute types to Java and OpenAPI types for one service (see {@link FieldView} for the
 * table). {@code declared} maps the model names of the entities the service declares to their
 * record names; any other entity is foreign and travels as its identifier, a {@code String}.
 */
final class FieldMapper {

    private final Map<String, String> declared;

    FieldMapper(Map<String, String> declared) {
        this.declared = declared;
    }

    FieldView field(Attribute attribute, String javaName) {
        AttributeType type = attribute.type();
        Scalar element = scalar(type.element());
        if (type.list()) {
            return new FieldView(attribute.name(), javaName, "List<" + element.boxed() + ">", element.scalar(), "[]",
                    type.toString(), "array", "", element.ref(), true, element.openApiType(), element.format(),
                    element.foreign());
        }
        return new FieldView(attribute.name(), javaName, element.javaType(), element.scalar(), element.json(),
                type.toString(), element.openApiType(), element.format(), element.ref(), false, "", "", element.foreign());
    }

    /** The imports the fields of these attributes need, sorted. */
    Set<String> imports(Iterable<Attribute> attributes) {
        Set<String> imports = new TreeSet<>();
        for (Attribute attribute : attributes) {
            if (attribute.type().list()) {
                imports.add("java.util.List");
            }
            String javaImport = scalar(attribute.type().element()).javaImport();
            if (!javaImport.isEmpty()) {
                imports.add(javaImport);
            }
        }
        return imports;
    }

    private Scalar scalar(String element) {
        switch (element) {
            case "string": return new Scalar("String", "String", element, "\"\"", "string", "", "", "", false);
            case "int": return new Scalar("int", "Integer", element, "0", "integer", "int32", "", "", false);
            case "long": return new Scalar("long", "Long", element, "0", "integer", "int64", "", "", false);
            case "decimal": return new Scalar("BigDecimal", "BigDecimal", element, "0", "number", "", "",
                    "java.math.BigDecimal", false);
            case "boolean": return new Scalar("boolean", "Boolean", element, "false", "boolean", "", "", "", false);
            case "date": return new Scalar("LocalDate", "LocalDate", element, "\"1970-01-01\"", "string", "date", "",
                    "java.time.LocalDate", false);
            case "datetime": return new Scalar("Instant", "Instant", element, "\"1970-01-01T00:00:00Z\"", "string", "date-time", "",
                    "java.time.Instant", false);
            case "uuid": return new Scalar("UUID", "UUID", element, "\"00000000-0000-0000-0000-000000000000\"", "string", "uuid", "",
                    "java.util.UUID", false);
            default:
                String record = declared.get(element);
                if (record != null) {
                    return new Scalar(record, record, "record", "null", "", "", record, "", false);
                }
                return new Scalar("String", "String", "reference", "\"\"", "string", "", "", "", true);
        }
    }

    /** One element type's mappings; {@code json} is a sample value as JSON text. */
    private record Scalar(String javaType, String boxed, String scalar, String json, String openApiType, String format,
                          String ref, String javaImport, boolean foreign) {
    }
}
