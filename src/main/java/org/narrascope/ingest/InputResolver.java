package org.narrascope.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.Paths;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.narrascope.model.Skipped;

/**
 * Turns command-line arguments into inputs: files, folders (recursively, hidden entries skipped),
 * globs ({@code "news/**.html"}), {@code -} for standard input, and http(s) URLs. Order is stable:
 * arguments in the order given, folder contents sorted by path.
 */
final class InputResolver {

    private final Limits limits;
    private final Supplier<InputStream> stdin;
    private final UrlFetcher fetcher = new UrlFetcher();

    InputResolver(Limits limits, Supplier<InputStream> stdin) {
        this.limits = limits;
        this.stdin = stdin;
    }

    List<Input> resolve(List<String> arguments, Consumer<Skipped> problems) {
        List<Input> inputs = new ArrayList<>();
        for (String argument : arguments) {
            if (argument.equals("-")) {
                standardInput(inputs, problems);
            } else if (argument.matches("(?i)https?://.+")) {
                try {
                    inputs.add(fetcher.fetch(URI.create(argument), limits));
                } catch (IngestException | IllegalArgumentException e) {
                    problems.accept(new Skipped(argument, e.getMessage()));
                }
            } else {
                resolvePath(argument, inputs, problems);
            }
        }
        return inputs;
    }

    private void standardInput(List<Input> inputs, Consumer<Skipped> problems) {
        try {
            byte[] bytes = InputBytes.read(new Input("-", "", null, -1, stdin::get), limits);
            inputs.add(new Input("-", "", null, bytes.length, () -> new ByteArrayInputStream(bytes)));
        } catch (IngestException e) {
            problems.accept(new Skipped("-", e.getMessage()));
        }
    }

    private void resolvePath(String argument, List<Input> inputs, Consumer<Skipped> problems) {
        Path path;
        try {
            path = Paths.get(argument);
        } catch (java.nio.file.InvalidPathException e) {
            path = null;
        }
        if (path != null && Files.isDirectory(path)) {
            walk(path, path, null, inputs, problems);
        } else if (path != null && Files.exists(path)) {
            inputs.add(fileInput(path));
        } else if (isGlob(argument)) {
            expandGlob(argument, inputs, problems);
        } else {
            problems.accept(new Skipped(argument, "no such file or folder"));
        }
    }

    private static boolean isGlob(String argument) {
        return argument.chars().anyMatch(c -> c == '*' || c == '?' || c == '[' || c == '{');
    }

    private void expandGlob(String glob, List<Input> inputs, Consumer<Skipped> problems) {
        String normalized = glob.replace('\\', '/');
        int firstMeta = indexOfGlobChar(normalized);
        int baseEnd = normalized.lastIndexOf('/', firstMeta);
        Path base = baseEnd < 0 ? Paths.get(".") : Paths.get(normalized.substring(0, Math.max(baseEnd, 1)));
        String pattern = baseEnd < 0 ? normalized : normalized.substring(baseEnd + 1);
        if (!Files.isDirectory(base)) {
            problems.accept(new Skipped(glob, "no such folder: " + base));
            return;
        }
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
        int before = inputs.size();
        walk(base, base, matcher, inputs, problems);
        if (inputs.size() == before) problems.accept(new Skipped(glob, "no file matches this pattern"));
    }

    private static int indexOfGlobChar(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '*' || c == '?' || c == '[' || c == '{') return i;
        }
        return -1;
    }

    /** Files below {@code root} in path order; an unreadable subfolder is reported and passed over. */
    private void walk(Path root, Path base, PathMatcher matcher, List<Input> inputs, Consumer<Skipped> problems) {
        List<Path> found = new ArrayList<>();
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    return !dir.equals(root) && isHidden(base.relativize(dir)) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    Path relative = base.relativize(file);
                    if (attrs.isRegularFile() && !isHidden(relative) && (matcher == null || matcher.matches(relative))) found.add(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    problems.accept(new Skipped(file.toString(), "cannot read: " + InputBytes.describe(e)));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            problems.accept(new Skipped(root.toString(), "cannot list folder: " + InputBytes.describe(e)));
        }
        found.stream().sorted().forEach(p -> inputs.add(fileInput(p)));
    }

    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) return true;
        }
        return false;
    }

    private static Input fileInput(Path path) {
        long size;
        try {
            size = Files.size(path);
        } catch (IOException e) {
            size = -1;
        }
        return new Input(path.toString(), path.getFileName().toString(), null, size, () -> Files.newInputStream(path));
    }
}
