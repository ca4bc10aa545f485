package io.jenkins.plugins.gogs.client.model;

import java.util.List;
import java.util.Optional;

/** An issue label; {@code color} is hex without '#', e.g. {@code ee0701}. */
public record Label(long id, String name, String color) {

    /**
     * The label called {@code name} among {@code labels}: the one spelled exactly so, else the only one that differs
     * in case (Gogs lets a repository have labels that differ only in case, and then none of them is chosen).
     */
    public static Optional<Label> named(List<Label> labels, String name) {
        Optional<Label> exact =
                labels.stream().filter(l -> l.name().equals(name)).findFirst();
        if (exact.isPresent()) {
            return exact;
        }
        List<Label> folded =
                labels.stream().filter(l -> l.name().equalsIgnoreCase(name)).toList();
        return folded.size() == 1 ? Optional.of(folded.get(0)) : Optional.empty();
    }
}
