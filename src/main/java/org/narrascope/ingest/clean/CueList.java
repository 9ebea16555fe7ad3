package org.narrascope.ingest.clean;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.narrascope.DataFile;

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
                .map(line -> Pattern.compile(line, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS))
                .toList();
    }

    /** Loads {@code name} from this package's resources. */
    public static CueList load(String name) {
        return new CueList(DataFile.lines(CueList.class, name));
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
