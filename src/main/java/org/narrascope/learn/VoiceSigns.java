package org.narrascope.learn;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Surface signs of whose voice a text speaks in: someone else's (a reporting word, a quotation),
 * the writer's own side's ("we", "our") or a question put to the reader. Words in {@code voice-signs.tsv}.
 */
public final class VoiceSigns {

    /** Number of {@link #shares} values. */
    public static final int FEATURES = 4;

    private static final Pattern QUOTATION = Pattern.compile("[\"“”«»]");
    private static final LabelTexts WORDS = LabelTexts.resource(VoiceSigns.class, "voice-signs.tsv");
    private static final Pattern ATTRIBUTED = anyOf(WORDS.of("attributed"));
    private static final Pattern OWN = anyOf(WORDS.of("own"));

    private VoiceSigns() {
    }

    private static Pattern anyOf(List<String> phrases) {
        if (phrases.isEmpty()) throw new IllegalStateException("voice-signs.tsv: a kind of voice has no words");
        String alternatives = phrases.stream().map(p -> Pattern.quote(p.toLowerCase(Locale.ROOT))).collect(Collectors.joining("|"));
        return Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternatives + ")(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    public static boolean quotes(String text) {
        return QUOTATION.matcher(text).find();
    }

    /**
     * Shares of the paragraphs that attribute words to someone, that speak for the writer's side,
     * that ask a question, and that quote: an article reporting a narrative and one pushing it
     * differ in these even when they are about the same things.
     */
    public static double[] shares(List<String> paragraphs) {
        double[] out = new double[FEATURES];
        if (paragraphs.isEmpty()) return out;
        for (String p : paragraphs) {
            if (ATTRIBUTED.matcher(p).find()) out[0]++;
            if (OWN.matcher(p).find()) out[1]++;
            if (p.indexOf('?') >= 0) out[2]++;
            if (quotes(p)) out[3]++;
        }
        for (int i = 0; i < FEATURES; i++) out[i] /= paragraphs.size();
        return out;
    }
}
