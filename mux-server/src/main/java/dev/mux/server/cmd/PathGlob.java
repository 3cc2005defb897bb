package dev.mux.server.cmd;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The files a source-file path names, as glob(3) finds them: each part with {@code *}, {@code ?}
 * or {@code [} is matched against the names in its directory, in sorted order; a path without
 * them is itself, whether it exists or not.
 */
final class PathGlob {
    private PathGlob() {
    }

    static boolean isPattern(String path) {
        return path.chars().anyMatch(c -> c == '*' || c == '?' || c == '[');
    }

    static List<Path> expand(Path absolute) {
        List<Path> found = List.of(absolute.getRoot());
        for (Path part : absolute) {
            List<Path> next = new ArrayList<>();
            for (Path directory : found) {
                if (!isPattern(part.toString())) {
                    next.add(directory.resolve(part));
                    continue;
                }
                try (DirectoryStream<Path> matches = Files.newDirectoryStream(directory, part.toString())) {
                    matches.forEach(next::add);
                } catch (IOException | RuntimeException e) {
                    // Not a directory, unreadable, or a malformed pattern: nothing matches here.
                }
            }
            found = next;
        }
        return found.stream().filter(Files::exists).sorted().toList();
    }
}
