package org.narrascope.ingest.clean;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A list of cues kept in a resource file beside this class, one per line, {@code #} for comments,
 * so users can extend what counts as a banner, a byline or a provenance line without touching code.
 */
public final class CueList {

    private final List<Pattern> patterns;
    private final List<String> words;

    private CueList(List<String> lines) {
        this.words = List.copyOf(lines);
        this.patterns = lines.stream()
                .map(line -> Pattern.compile(line, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE))
                .toList();
    }

    /** Loads {@code name} from this package's resources. */
    public static CueList load(String name) {
        try (InputStream in = CueList.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("cue list " + name + " is missing from the build");
            List<String> lines = new ArrayList<>();
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    String cue = line.strip();
                    if (!cue.isEmpty() && !cue.startsWith("#")) lines.add(cue);
                }
            }
            return new CueList(lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The entries as plain words (for lists of names rather than patterns). */
    public List<String> words() {
        return words;
    }

    /** True when any cue is found in {@code line}. */
    public boolean foundIn(String line) {
        for (Pattern p : patterns) {
            if (p.matcher(line).find()) return true;
        }
        return false;
    }

    /** The first cue that matches the whole of {@code line}, or null. */
    public Matcher matchWhole(String line) {
        for (Pattern p : patterns) {
            Matcher m = p.matcher(line);
            if (m.matches()) return m;
        }
        return null;
    }
}
