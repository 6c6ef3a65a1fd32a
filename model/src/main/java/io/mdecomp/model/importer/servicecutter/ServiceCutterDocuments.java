package io.mdecomp.model.importer.servicecutter;

import io.mdecomp.model.diagnostic.SourceLocation;
import java.util.List;
import java.util.Map;

/** The two Service Cutter documents as read, before they are mapped to a model. */
final class ServiceCutterDocuments {

    private ServiceCutterDocuments() {
    }

    /** A nanoentity reference {@code Entity.attribute} where it is written. */
    record NanoRef(String text, SourceLocation location) {

        /** The entity part, before the first dot (the whole text when there is none). */
        String entity() {
            int dot = text.indexOf('.');
            return dot < 0 ? text : text.substring(0, dot);
        }

        /** The attribute part, after the first dot (empty when there is none). */
        String attribute() {
            int dot = text.indexOf('.');
            return dot < 0 ? "" : text.substring(dot + 1);
        }
    }

    /** An entity of the entity-relationship model, with its nanoentities (attribute names). */
    record ErmEntity(String name, List<NanoRef> nanoentities, SourceLocation location) {
        ErmEntity {
            nanoentities = List.copyOf(nanoentities);
        }
    }

    /** A relation of the entity-relationship model: AGGREGATION, COMPOSITION or INHERITANCE. */
    record Relation(String origin, String destination, String type, SourceLocation location) {
    }

    /** The entity-relationship model ({@code *_1_model.json}). */
    record Erm(String name, List<ErmEntity> entities, List<Relation> relations, SourceLocation location) {
        Erm {
            entities = List.copyOf(entities);
            relations = List.copyOf(relations);
        }
    }

    /** A named group of nanoentities: aggregate, entity, predefined service, owner group, zone. */
    record NamedGroup(String name, List<NanoRef> nanoentities, SourceLocation location) {
        NamedGroup {
            nanoentities = List.copyOf(nanoentities);
        }
    }

    /** A characteristic (e.g. {@code Critical}) given to a set of nanoentities. */
    record CharacteristicGroup(String characteristic, List<NanoRef> nanoentities, SourceLocation location) {
        CharacteristicGroup {
            nanoentities = List.copyOf(nanoentities);
        }
    }

    /** A use case with the nanoentities it reads and writes. */
    record UseCaseRep(String name, List<NanoRef> reads, List<NanoRef> writes, boolean latencyCritical,
                      SourceLocation location) {
        UseCaseRep {
            reads = List.copyOf(reads);
            writes = List.copyOf(writes);
        }
    }

    /** The user representations ({@code *_2_user_representations.json}). */
    record UserReps(List<UseCaseRep> useCases, Map<String, List<CharacteristicGroup>> compatibilities,
                    List<NamedGroup> aggregates, List<NamedGroup> entities, List<NamedGroup> predefinedServices,
                    List<NamedGroup> sharedOwnerGroups, List<NamedGroup> securityAccessGroups,
                    List<NamedGroup> separatedSecurityZones) {
        UserReps {
            useCases = List.copyOf(useCases);
            compatibilities = Map.copyOf(compatibilities);
            aggregates = List.copyOf(aggregates);
            entities = List.copyOf(entities);
            predefinedServices = List.copyOf(predefinedServices);
            sharedOwnerGroups = List.copyOf(sharedOwnerGroups);
            securityAccessGroups = List.copyOf(securityAccessGroups);
            separatedSecurityZones = List.copyOf(separatedSecurityZones);
        }
    }
}
