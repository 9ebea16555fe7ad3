package org.narrascope.learn;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.narrascope.model.Span;

/** Cue phrases per label ({@code label<TAB>cue} lines), found as whole words, ignoring case. */
public final class CueLexicon {

    /** One cue found in a text. */
    public record Hit(String label, Span span) {
    }

    private final List<String> labels;
    private final Pattern[] patterns;

    public CueLexicon(LabelTexts cues, List<String> labels) {
        this.labels = List.copyOf(labels);
        patterns = new Pattern[labels.size()];
        for (int i = 0; i < patterns.length; i++) {
            List<String> phrases = cues.of(labels.get(i));
            patterns[i] = phrases.isEmpty() ? null : Pattern.compile(phrases.stream()
                    .sorted((a, b) -> b.length() - a.length())
                    .map(c -> Pattern.quote(c).replace(" ", "\\E\\s+\\Q").replace("'", "\\E['’]\\Q"))
                    .collect(Collectors.joining("|", "(?<![\\p{L}\\p{N}])(?:", ")(?![\\p{L}\\p{N}])")),
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        }
    }

    /** How many cues of each label the text holds, in label order. */
    public int[] counts(CharSequence text) {
        int[] out = new int[labels.size()];
        for (int i = 0; i < out.length; i++) {
            if (patterns[i] == null) continue;
            Matcher m = patterns[i].matcher(text);
            while (m.find()) out[i]++;
        }
        return out;
    }

    /** The cues of {@code label} in {@code text[from, to)}, with their spans in {@code text}. */
    public List<Hit> find(String label, String text, int from, int to) {
        List<Hit> out = new ArrayList<>();
        int i = labels.indexOf(label);
        if (i < 0 || patterns[i] == null) return out;
        Matcher m = patterns[i].matcher(text).region(from, to);
        while (m.find()) out.add(new Hit(label, new Span(m.start(), m.end())));
        return out;
    }
}
