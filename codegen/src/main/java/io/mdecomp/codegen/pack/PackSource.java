package io.mdecomp.codegen.pack;

import java.nio.file.Path;
import java.util.Objects;

/** Where a pack's templates are read from. */
public sealed interface PackSource permits PackSource.Builtin, PackSource.Directory {

    /** How the pack is named in messages: {@code spring-boot} or the folder. */
    String display();

    /** A pack shipped in the jar, under {@link PackLoader#BUILTIN_ROOT}{@code /<name>}. */
    record Builtin(String name) implements PackSource {
        public Builtin {
            Objects.requireNonNull(name, "name");
        }

        /** The class-path folder of the pack, without leading slash. */
        public String resourceFolder() {
            return PackLoader.BUILTIN_ROOT + "/" + name;
        }

        @Override
        public String display() {
            return name;
        }
    }

    /** A user's pack in a folder; templates cannot be read from outside it. */
    record Directory(Path folder) implements PackSource {
        public Directory {
            Objects.requireNonNull(folder, "folder");
        }

        @Override
        public String display() {
            return folder.toString();
        }
    }
}
