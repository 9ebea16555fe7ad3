package org.narrascope.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.narrascope.DataFile;

/**
 * A transcript's or an interview's speaker labels: a name at the start of a paragraph, in capitals or
 * title case, a role in brackets if any, a colon ("ANNA BERG (presenter): ...", "Berg: ..."), or an
 * interview's "Q:" and "A:". CoreNLP
 * reads them badly: NER tags the first word of a name in capitals an organisation, or nothing, and the
 * parser takes the label for the main clause of the sentence after it. So the text it reads has these
 * names in title case and the colon a full stop (an exclamation mark after a bare "Q" or "A"), letter for letter in
 * the same places.
 */
public final class SpeakerLabels {

    /** The label at the start of a paragraph: group 1 the name, group 2 the role. */
    public static final Pattern TURN = Pattern.compile("(\\p{Lu}[\\p{Lu}'’.-]+(?: \\p{Lu}[\\p{Lu}'’.-]+){0,3}|[QA])(?: \\(([^)\\n]{1,80})\\))?:\\s");
    /**
     * A label as an interview prints it, in title case ("Brell: ...", "The Review: ..."); it is a turn only when it
     * names a person or the outlet, since "Verdict:" and "Update:" look the same.
     */
    public static final Pattern NAMED_TURN = Pattern.compile("((?:The )?\\p{Lu}\\p{Ll}[\\p{L}'’.-]*(?: \\p{Lu}[\\p{L}'’.-]+){0,3})(?: \\(([^)\\n]{1,80})\\))?:\\s");
    private static final Pattern PARAGRAPH_START = Pattern.compile("(?m)^[ \\t]*");
    private static final Pattern WORD = Pattern.compile("\\p{Lu}{2,}");
    private static final Set<String> NOT_SPEAKERS = Set.copyOf(DataFile.lines(SpeakerLabels.class, "not-speaker-labels.txt"));

    private SpeakerLabels() {
    }

    /** The label (in capitals, else in title case) that starts at {@code from}, matched, or null. */
    public static Matcher at(String text, int from) {
        for (Pattern shape : List.of(TURN, NAMED_TURN)) {
            Matcher label = shape.matcher(text).region(from, text.length());
            if (label.lookingAt()) return label;
        }
        return null;
    }

    /**
     * The names of the labels in capitals that start the text's paragraphs ("SOLLQUIST:", "ANNA BERG (presenter):"), which
     * NER often misses: neither an interview's "Q" and "A" nor a word that labels no speaker ("VERDICT:").
     */
    public static List<MatchResult> names(String text) {
        return labels(text).stream().filter(label -> label.pattern() == TURN && label.group(1).length() > 1).map(Matcher::toMatchResult).toList();
    }

    /** The label starting each of the text's paragraphs that names a speaker (not "Verdict:"), matched. */
    private static List<Matcher> labels(String text) {
        List<Matcher> out = new ArrayList<>();
        for (Matcher line = PARAGRAPH_START.matcher(text); line.find(); ) {
            Matcher label = at(text, line.end());
            if (label != null && !NOT_SPEAKERS.contains(label.group(1).toLowerCase(Locale.ROOT))) out.add(label);
            if (line.end() == text.length()) break;
        }
        return out;
    }

    /** Whether a sentence is a label and nothing more ("Berg:", as CoreNLP splits it off the words after it). */
    public static boolean onlyLabel(String sentence) {
        String label = sentence.strip() + " ";
        return TURN.matcher(label).matches() || NAMED_TURN.matcher(label).matches();
    }

    /** The text as CoreNLP should read it: each label's name in title case, its colon a full stop; every offset unchanged. */
    public static String forTagging(String text) {
        List<Matcher> labels = labels(text);
        if (labels.isEmpty()) return text;
        StringBuilder out = new StringBuilder(text);
        for (Matcher label : labels) {
            // a word of three letters or fewer may be an acronym ("BBC:") and stays as it is
            for (Matcher w = WORD.matcher(label.group(1)); label.pattern() == TURN && w.find(); ) {
                if (w.group().length() < 4) continue;
                int at = label.start(1) + w.start();
                out.replace(at + 1, at + w.group().length(), w.group().substring(1).toLowerCase(Locale.ROOT));
            }
            // ("Q." would read as the initial of the name after it: "Q. Castellan, Radio Tolmaria")
            out.setCharAt(text.lastIndexOf(':', label.end()), label.group(1).length() == 1 ? '!' : '.');
        }
        return out.toString();
    }
}
