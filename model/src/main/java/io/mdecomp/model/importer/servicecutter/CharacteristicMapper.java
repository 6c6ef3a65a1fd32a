package io.mdecomp.model.importer.servicecutter;

import io.mdecomp.model.Availability;
import io.mdecomp.model.Characteristics;
import io.mdecomp.model.Consistency;
import io.mdecomp.model.ContentVolatility;
import io.mdecomp.model.SecurityCriticality;
import io.mdecomp.model.Storage;
import io.mdecomp.model.StructuralVolatility;
import io.mdecomp.model.YamlEnum;
import io.mdecomp.model.diagnostic.Diagnostic;
import io.mdecomp.model.diagnostic.Severity;
import io.mdecomp.model.importer.servicecutter.ServiceCutterDocuments.CharacteristicGroup;
import io.mdecomp.model.importer.servicecutter.ServiceCutterDocuments.NamedGroup;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Maps Service Cutter's compatibilities to each entity's {@link Characteristics}: per criterion,
 * the level most of the entity's nanoentities have ({@link Plurality}); a level with no
 * equivalent is reported as {@code unmapped}.
 */
final class CharacteristicMapper {

    private final Plurality plurality;
    private final List<Diagnostic> unmapped;
    private final Map<String, Map<String, String>> levels = new HashMap<>();

    CharacteristicMapper(Plurality plurality, List<Diagnostic> unmapped) {
        this.plurality = plurality;
        this.unmapped = unmapped;
    }

    /** Reads the {@code compatibilities} object (criterion key → levels with their nanoentities). */
    void map(Map<String, List<CharacteristicGroup>> compatibilities) {
        for (String criterion : DocumentReader.COMPATIBILITIES) {
            List<CharacteristicGroup> groups = compatibilities.getOrDefault(criterion, List.of());
            for (CharacteristicGroup group : groups) {
                Class<? extends Enum<?>> type = typeOf(criterion);
                if (parse(type, group.characteristic()).isEmpty()) {
                    unmapped.add(new Diagnostic(group.location(), Severity.WARNING, criterion + " level '"
                            + group.characteristic() + "' has no equivalent (known: " + known(type)
                            + "); its nanoentities get no " + criterion, "unmapped"));
                }
            }
            List<NamedGroup> named = groups.stream()
                    .map(g -> new NamedGroup(g.characteristic(), g.nanoentities(), g.location())).toList();
            levels.put(criterion, plurality.assign(named, criterion + " level"));
        }
    }

    /** The characteristics of {@code entity}. */
    Characteristics of(String entity) {
        return new Characteristics(
                level(StructuralVolatility.class, "structuralVolatility", entity),
                level(ContentVolatility.class, "contentVolatility", entity),
                level(Consistency.class, "consistencyCriticality", entity),
                level(Availability.class, "availabilityCriticality", entity),
                level(Storage.class, "storageSimilarity", entity),
                level(SecurityCriticality.class, "securityCriticality", entity));
    }

    private <E extends Enum<E>> Optional<E> level(Class<E> type, String criterion, String entity) {
        String text = levels.getOrDefault(criterion, Map.of()).get(entity);
        if (text == null) {
            return Optional.empty();
        }
        return parse(type, text).map(type::cast);
    }

    private static Optional<Enum<?>> parse(Class<? extends Enum<?>> type, String text) {
        return Arrays.stream(type.getEnumConstants())
                .filter(c -> ((YamlEnum) c).yamlName().equalsIgnoreCase(text.trim()))
                .findFirst().map(c -> (Enum<?>) c);
    }

    private static String known(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(c -> ((YamlEnum) c).yamlName())
                .collect(Collectors.joining(", "));
    }

    private static Class<? extends Enum<?>> typeOf(String criterion) {
        switch (criterion) {
            case "structuralVolatility": return StructuralVolatility.class;
            case "contentVolatility": return ContentVolatility.class;
            case "consistencyCriticality": return Consistency.class;
            case "availabilityCriticality": return Availability.class;
            case "storageSimilarity": return Storage.class;
            case "securityCriticality": return SecurityCriticality.class;
            default: throw new IllegalArgumentException("unknown compatibility " + criterion);
        }
    }
}
