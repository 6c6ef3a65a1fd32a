package io.mdecomp.importer.java;

import java.util.List;
import java.util.Objects;

/**
 * What an import recognised, guessed and did not understand, section by section, for people to
 * read (see {@link ReportWriter}).
 *
 * @param system        the system's name
 * @param summary       counts, one line each
 * @param recognised    sections of what was recognised with certainty, each a title and lines
 * @param guessed       what was decided without certainty, with its confidence
 * @param notUnderstood frameworks and files met but not read, and components tied to no entity
 * @param skipped       what was left out on purpose (test sources, build output)
 */
public record ImportReport(String system, List<String> summary, List<Section> recognised, List<String> guessed,
                           List<String> notUnderstood, List<String> skipped) {

    public ImportReport {
        Objects.requireNonNull(system, "system");
        summary = List.copyOf(summary);
        recognised = List.copyOf(recognised);
        guessed = List.copyOf(guessed);
        notUnderstood = List.copyOf(notUnderstood);
        skipped = List.copyOf(skipped);
    }

    /** A titled list of lines. */
    public record Section(String title, List<String> lines) {

        public Section {
            Objects.requireNonNull(title, "title");
            lines = List.copyOf(lines);
        }
    }
}
