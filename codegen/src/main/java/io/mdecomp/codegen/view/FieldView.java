package io.mdecomp.codegen.view;

import java.util.Objects;

/**
 * One attribute of an entity, with its type mapped for Java and for OpenAPI.
 *
 * <p>Type mapping: {@code string} → {@code String}; {@code int} → {@code int}; {@code long} →
 * {@code long}; {@code decimal} → {@code BigDecimal}; {@code boolean} → {@code boolean};
 * {@code date} → {@code LocalDate}; {@code datetime} → {@code Instant}; {@code uuid} →
 * {@code UUID}; an entity or value object the service declares → its record; an entity of another
 * service → {@code String} (its identifier); {@code list<T>} → {@code List<T>} (boxed).
 *
 * @param name          the attribute's name as written in the model (and its JSON property name)
 * @param javaName      a Java identifier ({@code placedAt})
 * @param javaType      the Java type ({@code BigDecimal}, {@code List<OrderItem>})
 * @param scalar        the model's type of the value or, for a list, of its items: {@code string},
 *                      {@code int}, {@code long}, {@code decimal}, {@code boolean}, {@code date},
 *                      {@code datetime}, {@code uuid}, {@code record} (a record the service
 *                      declares) or {@code reference} (an entity of another service, by id)
 * @param sampleJson    the same sample as JSON text ({@code 0}, {@code "1970-01-01"})
 * @param modelType     the attribute type as written in the model ({@code list<OrderItem>})
 * @param openApiType   the JSON Schema type ({@code string}, {@code integer}, {@code array}, …),
 *                      empty for a reference to another schema
 * @param openApiFormat the JSON Schema format ({@code uuid}, {@code date-time}, {@code int64}) or empty
 * @param openApiRef    for a reference to a declared record, its schema name (for a list: of the
 *                      items), otherwise empty
 * @param list          true for {@code list<T>}
 * @param itemType      for a list, the JSON Schema type of the items (empty when they are a reference)
 * @param itemFormat    for a list, the JSON Schema format of the items, or empty
 * @param foreign       true when the model's type is an entity of another service, mapped to its id
 */
public record FieldView(String name, String javaName, String javaType, String scalar, String sampleJson,
                        String modelType,
                        String openApiType, String openApiFormat, String openApiRef, boolean list,
                        String itemType, String itemFormat, boolean foreign) {

    public FieldView {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(javaName, "javaName");
        Objects.requireNonNull(javaType, "javaType");
        Objects.requireNonNull(scalar, "scalar");
        Objects.requireNonNull(sampleJson, "sampleJson");
        Objects.requireNonNull(modelType, "modelType");
        Objects.requireNonNull(openApiType, "openApiType");
        Objects.requireNonNull(openApiFormat, "openApiFormat");
        Objects.requireNonNull(openApiRef, "openApiRef");
        Objects.requireNonNull(itemType, "itemType");
        Objects.requireNonNull(itemFormat, "itemFormat");
    }
}
