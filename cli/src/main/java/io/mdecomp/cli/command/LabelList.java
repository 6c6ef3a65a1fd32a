package io.mdecomp.cli.command;

import java.util.Iterator;
import java.util.List;

/** A fixed list of option values for picocli's {@code completionCandidates} (help and completion). */
abstract class LabelList implements Iterable<String> {

    private final List<String> labels;

    LabelList(List<String> labels) {
        this.labels = List.copyOf(labels);
    }

    @Override
    public Iterator<String> iterator() {
        return labels.iterator();
    }
}
