package org.narrascope.nlp;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A transcript's speaker labels: a name in capitals at the start of a paragraph, a role in brackets
 * if any, a colon ("ANNA BERG (presenter): ..."). NER reads names in capitals badly (it tags the first
 * word an organisation, or nothing), so the text it tags has these names in title case, letter for
 * letter in the same places.
 */
public final class SpeakerLabels {

    /** The label at the start of a paragraph: group 1 the name, group 2 the role. */
    public static final Pattern TURN = Pattern.compile("(\\p{Lu}[\\p{Lu}'’.-]+(?: \\p{Lu}[\\p{Lu}'’.-]+){0,3})(?: \\(([^)\\n]{1,80})\\))?:\\s");
    /**
     * A label as an interview prints it, in title case ("Brell: ...", "The Review: ..."); it is a turn only when it
     * names a person or the outlet, since "Verdict:" and "Update:" look the same.
     */
    public static final Pattern NAMED_TURN = Pattern.compile("((?:The )?\\p{Lu}\\p{Ll}[\\p{L}'’.-]*(?: \\p{Lu}[\\p{L}'’.-]+){0,3})(?: \\(([^)\\n]{1,80})\\))?:\\s");
    private static final Pattern PARAGRAPH_START = Pattern.compile("(?m)^[ \\t]*");
    private static final Pattern WORD = Pattern.compile("\\p{Lu}{2,}");

    private SpeakerLabels() {
    }

    /** The text with each label's name in title case; everything else, and every offset, unchanged. */
    public static String inTitleCase(String text) {
        StringBuilder out = null;
        for (Matcher line = PARAGRAPH_START.matcher(text); line.find(); ) {
            Matcher label = TURN.matcher(text).region(line.end(), text.length());
            if (!label.lookingAt()) continue;
            if (out == null) out = new StringBuilder(text);
            // a word of three letters or fewer may be an acronym ("BBC:") and stays as it is
            for (Matcher w = WORD.matcher(label.group(1)); w.find(); ) {
                if (w.group().length() < 4) continue;
                int at = label.start(1) + w.start();
                out.replace(at + 1, at + w.group().length(), w.group().substring(1).toLowerCase(Locale.ROOT));
            }
            if (line.end() == text.length()) break;
        }
        return out == null ? text : out.toString();
    }
}
