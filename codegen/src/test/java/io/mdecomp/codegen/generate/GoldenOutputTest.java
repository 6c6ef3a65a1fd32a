package io.mdecomp.codegen.generate;

import static org.assertj.core.api.Assertions.assertThat;

import io.mdecomp.codegen.GeneratedFiles;
import io.mdecomp.codegen.TestModels;
import io.mdecomp.codegen.pack.PackLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The full output tree of each built-in pack for a small model, compared with the files under
 * {@code src/test/resources/golden/<pack>/}. Rewrite them on purpose with
 * {@code -Dmdecomp.golden.update=true} and review the diff.
 */
class GoldenOutputTest {

    private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");

    @ParameterizedTest
    @ValueSource(strings = {"spring-boot", "java-plain"})
    void outputForASmallModelMatchesTheGoldenFiles(String pack) throws IOException {
        GeneratedFiles files = new Generator(new PackLoader().builtin(pack)).generate(TestModels.tiny());
        Path golden = GOLDEN.resolve(pack);
        if (Boolean.getBoolean("mdecomp.golden.update")) {
            rewrite(golden, files);
        }
        assertThat(read(golden)).isEqualTo(files.files());
    }

    private static Map<String, String> read(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        if (!Files.isDirectory(root)) {
            return files;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString().replace('\\', '/'), Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    private static void rewrite(Path root, GeneratedFiles files) throws IOException {
        if (Files.isDirectory(root)) {
            try (Stream<Path> walk = Files.walk(root)) {
                for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
        for (Map.Entry<String, String> file : files.files().entrySet()) {
            Path target = root.resolve(file.getKey());
            Files.createDirectories(target.getParent());
            Files.writeString(target, file.getValue(), StandardCharsets.UTF_8);
        }
    }
}
