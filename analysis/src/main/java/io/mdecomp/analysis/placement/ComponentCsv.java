package io.mdecomp.analysis.placement;

import io.mdecomp.analysis.evaluate.ComponentLabel;
import io.mdecomp.model.diagnostic.MdecompException;
import java.util.List;

/**
 * Writes placements as CSV with the header {@code component,kind,service,placedBy} (RFC 4180: a field with
 * a comma, a quote or a line break is quoted, quotes doubled; lines end with {@code \n}). A shared
 * component's service is written {@code C} ({@link ComponentLabel#SHARED}), the label the published ground truths give common
 * components, so that {@code mdecomp evaluate} and other tools read it as "not placed". {@code placedBy}
 * says how: {@code uses} (the entities it uses), {@code links} (the classes it links to and that link
 * to it), {@code package} (the classes of its package), or, for a shared one, {@code tie} or
 * {@code no-entity}.
 */
public final class ComponentCsv {

    /** The header row. */
    public static final String HEADER = "component,kind,service,placedBy";

    private ComponentCsv() {
    }

    /**
     * The CSV text of {@code placements}, in their order.
     *
     * @throws MdecompException when a service is called {@code C} or {@code N/U}, which the CSV
     *                          cannot tell from "shared" and "unused"
     */
    public static String write(List<Placement> placements) {
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        for (Placement placement : placements) {
            String service = placement.service().orElse(ComponentLabel.SHARED);
            if (placement.service().isPresent() && ComponentLabel.isReserved(service)) {
                throw new MdecompException("service '" + service + "' cannot be written to a components CSV, where '"
                        + service + "' means " + (service.equals(ComponentLabel.SHARED) ? "shared" : "unused")
                        + "; rename the service");
            }
            csv.append(field(placement.component())).append(',').append(placement.kind().yamlName()).append(',')
                    .append(field(service)).append(',').append(placement.reason().word()).append('\n');
        }
        return csv.toString();
    }

    private static String field(String text) {
        boolean quote = text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
                || text.indexOf('\r') >= 0 || !text.equals(text.strip());
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }
}
