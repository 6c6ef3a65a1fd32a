package io.mdecomp.codegen.deploy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the wiring checks share: the addresses a service is configured with, read from its environment. */
final class Wiring {

    private static final Pattern URL = Pattern.compile("https?://([^:/\\s]+):(\\d+)(/\\S*)?");
    private static final Pattern HOST_PORT = Pattern.compile("([^:/\\s]+):(\\d+)");

    private Wiring() {
    }

    /** A host and port a service is configured to reach. */
    record Address(String host, int port) {

        @Override
        public String toString() {
            return host + ":" + port;
        }
    }

    /** True when the variable holds the bootstrap address of a Kafka broker. */
    static boolean isBootstrap(String variable) {
        return variable.endsWith("BOOTSTRAP_SERVERS");
    }

    /** True when the variable holds the base URL of a service that is called synchronously. */
    static boolean isClient(String variable) {
        return variable.startsWith("CLIENTS_");
    }

    /**
     * The addresses in the value of {@code variable}: each comma-separated URL (host and port
     * required), or each {@code host:port} of a bootstrap variable; empty for other values.
     * A URL without a port, or a bootstrap entry that is not {@code host:port}, is reported in
     * {@code problems}.
     */
    static List<Address> addresses(String owner, String variable, String value, List<String> problems) {
        List<Address> addresses = new ArrayList<>();
        if (value.isBlank()) {
            return addresses;
        }
        for (String item : value.split(",")) {
            String trimmed = item.trim();
            Optional<Address> address = isBootstrap(variable) ? match(HOST_PORT, trimmed) : match(URL, trimmed);
            if (address.isPresent()) {
                addresses.add(address.get());
            } else if (isBootstrap(variable) || trimmed.startsWith("http")) {
                problems.add(owner + ": " + variable + " holds '" + trimmed + "', not a host with a port");
            }
        }
        return addresses;
    }

    private static Optional<Address> match(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.matches() ? Optional.of(new Address(m.group(1), Integer.parseInt(m.group(2)))) : Optional.empty();
    }

    /** The {@code host:port} entries of a Kafka listener list ({@code PLAINTEXT://kafka:9092,...}), by listener name. */
    static List<String> listeners(String value) {
        List<String> listeners = new ArrayList<>();
        for (String item : value.split(",")) {
            int at = item.indexOf("://");
            if (at > 0) {
                listeners.add(item.substring(0, at).trim() + " " + item.substring(at + 3).trim());
            }
        }
        return listeners;
    }
}
