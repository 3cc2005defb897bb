package dev.mux.server.outer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

/**
 * terminfo's standard capability names, in the order a compiled entry stores them (term(5)), and
 * which type each name has; the extended names tmux knows as flags or numbers are added, any other
 * name is a string.
 */
final class CapabilityNames {
    enum Type { FLAG, NUMBER, STRING }

    static final List<String> BOOLEANS;
    static final List<String> NUMBERS;
    static final List<String> STRINGS;
    private static final Set<String> FLAG_NAMES;
    private static final Set<String> NUMBER_NAMES;

    static {
        List<String> sections = read().lines().filter(line -> !line.startsWith("#")).toList();
        BOOLEANS = List.of(sections.get(0).split(" "));
        NUMBERS = List.of(sections.get(1).split(" "));
        STRINGS = List.of(sections.get(2).split(" "));
        // Extended capabilities whose type tmux's table fixes (an override names them without a type).
        FLAG_NAMES = union(BOOLEANS, List.of("AX", "XT", "Tc", "RGB"));
        NUMBER_NAMES = union(NUMBERS, List.of("U8"));
    }

    private CapabilityNames() {
    }

    static Type typeOf(String name) {
        if (FLAG_NAMES.contains(name)) return Type.FLAG;
        if (NUMBER_NAMES.contains(name)) return Type.NUMBER;
        return Type.STRING;
    }

    private static Set<String> union(List<String> standard, List<String> extended) {
        java.util.HashSet<String> all = new java.util.HashSet<>(standard);
        all.addAll(extended);
        return Set.copyOf(all);
    }

    private static String read() {
        try (InputStream in = CapabilityNames.class.getResourceAsStream("terminfo-names.txt")) {
            if (in == null) throw new IllegalStateException("terminfo-names.txt is missing from the class path");
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
