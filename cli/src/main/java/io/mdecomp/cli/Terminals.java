package io.mdecomp.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Whether a standard stream of this process is a terminal. */
final class Terminals {

    private Terminals() {
    }

    /**
     * True when file descriptor {@code fd} (1 stdout, 2 stderr) is a terminal: on Linux from
     * {@code /proc/self/fd}, elsewhere from {@link System#console()} (stdin and stdout both terminals).
     */
    static boolean isTerminal(int fd) {
        Path link = Path.of("/proc/self/fd/" + fd);
        try {
            if (Files.isSymbolicLink(link)) {
                String target = Files.readSymbolicLink(link).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
            }
        } catch (IOException | SecurityException e) {
            // fall back below
        }
        return System.console() != null;
    }
}
