package dev.mux.server.term.diff;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** One byte stream to compare, with the pane size it was recorded at: {@code NAME.COLSxROWS.bytes}. */
record CorpusCase(String name, int columns, int rows, byte[] bytes) {
    private static final Pattern FILE_NAME = Pattern.compile("(.+)\\.(\\d+)x(\\d+)\\.bytes");

    /** The recordings in {@code directory}, in name order. */
    static List<CorpusCase> recorded(Path directory) throws IOException {
        List<CorpusCase> cases = new ArrayList<>();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.sorted().toList()) {
                Matcher name = FILE_NAME.matcher(file.getFileName().toString());
                if (name.matches()) {
                    cases.add(new CorpusCase(name.group(1), Integer.parseInt(name.group(2)),
                        Integer.parseInt(name.group(3)), Files.readAllBytes(file)));
                }
            }
        }
        return cases;
    }

    @Override
    public String toString() {
        return name + " (" + columns + "x" + rows + ", " + bytes.length + " bytes)";
    }
}
