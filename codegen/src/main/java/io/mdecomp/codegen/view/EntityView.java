package io.mdecomp.codegen.view;

import java.util.List;
import java.util.Objects;

/**
 * What a per-entity template sees as {@code entity}: a record with one component per attribute.
 *
 * @param name      the entity's name as written in the model
 * @param className a Java type name ({@code OrderItem})
 * @param kind      {@code aggregate-root}, {@code entity} or {@code value-object}
 * @param owned     true when the service owns it, false when it is only declared because an owned
 *                  entity's attribute has its type
 * @param fields    one per attribute, in model order
 * @param imports   the Java imports its fields need, sorted ({@code java.math.BigDecimal})
 */
public record EntityView(String name, String className, String kind, boolean owned, List<FieldView> fields,
                         List<String> imports) {

    public EntityView {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(className, "className");
        Objects.requireNonNull(kind, "kind");
        fields = List.copyOf(fields);
        imports = List.copyOf(imports);
    }

    /** A sample instance as JSON: every field with its {@link FieldView#sampleJson()}. */
    public String sampleJson() {
        StringBuilder out = new StringBuilder("{");
        for (FieldView field : fields) {
            if (out.length() > 1) {
                out.append(',');
            }
            out.append(ViewModelBuilder.jsonString(field.name())).append(':').append(field.sampleJson());
        }
        return out.append('}').toString();
    }
}
