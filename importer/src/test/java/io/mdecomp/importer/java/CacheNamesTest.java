package io.mdecomp.importer.java;

import static org.assertj.core.api.Assertions.assertThat;

import io.mdecomp.importer.java.assemble.ServicesBy;
import io.mdecomp.model.Component;
import io.mdecomp.model.ComponentKind;
import io.mdecomp.model.DomainModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CacheNamesTest {

    private static void write(Path root, String file, String text) throws IOException {
        Path path = root.resolve("src/main/java/com/example/clinic").resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, text);
    }

    private static Component component(DomainModel model, String name) {
        return model.components().stream().filter(c -> c.kind() == ComponentKind.CLASS && c.name().equals(name))
                .findFirst().orElseThrow();
    }

    @Test
    void aClassThatConfiguresACacheGoesWithTheDataTheCacheHolds(@TempDir Path root) throws IOException {
        write(root, "Vet.java", """
                package com.example.clinic;
                import javax.persistence.Entity;
                import javax.persistence.Id;
                @Entity
                public class Vet { @Id Long id; String name; }
                """);
        write(root, "Owner.java", """
                package com.example.clinic;
                import javax.persistence.Entity;
                import javax.persistence.Id;
                @Entity
                public class Owner { @Id Long id; String name; }
                """);
        write(root, "VetRepository.java", """
                package com.example.clinic;
                import java.util.Collection;
                import org.springframework.cache.annotation.Cacheable;
                import org.springframework.data.repository.Repository;
                public interface VetRepository extends Repository<Vet, Long> {
                    @Cacheable("vets")
                    Collection<Vet> findAll();
                }
                """);
        write(root, "CacheConfiguration.java", """
                package com.example.clinic;
                import org.springframework.context.annotation.Bean;
                import org.springframework.context.annotation.Configuration;
                @Configuration
                class CacheConfiguration {
                    @Bean
                    Object customizer(CacheManagerLike cm) {
                        return cm.createCache("vets", "heap");
                    }
                }
                """);
        write(root, "Banner.java", """
                package com.example.clinic;
                class Banner {
                    String text() { return "owners"; }
                }
                """);
        DomainModel model = JavaImporter.importJava(List.of(root), ServicesBy.SINGLE).model();
        assertThat(component(model, "CacheConfiguration").uses()).containsExactly(java.util.Map.entry("Vet", 1));
        assertThat(component(model, "Banner").uses()).as("a string that names no cache ties nothing").isEmpty();
        assertThat(component(model, "VetRepository").uses()).containsKey("Vet");
    }
}
