package org.narrascope.nlp;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What marks a line rather than belongs to its sentence: a list's bullet ("- The ministry says 14 people died.", "• Police
 * hold six.") and a live blog's entry time with the dash or bar after it ("11:40 - Police say five stewards are held.",
 * "09:15 GMT | ..."). The parser takes either for the start of the sentence's structure and loses who says what (or reads
 * "11:40 - Police" as the speaker), so the text CoreNLP reads has each marker blanked out, every offset unchanged.
 */
public final class LineMarkers {

    private static final Pattern MARKER = Pattern.compile(
            "(?m)^[ \\t]*((?:\\d{1,2}[:.]\\d{2}(?:\\s*(?:GMT|UTC|BST|CET|EET|local(?:\\s+time)?|[ap]\\.?m\\.?))?[ \\t]*)?[-–—•*·|])[ \\t]+(?=\\S)");

    private LineMarkers() {
    }

    public static String forTagging(String text) {
        StringBuilder out = null;
        for (Matcher m = MARKER.matcher(text); m.find(); ) {
            if (out == null) out = new StringBuilder(text);
            for (int i = m.start(1); i < m.end(1); i++) out.setCharAt(i, ' ');
        }
        return out == null ? text : out.toString();
    }
}
