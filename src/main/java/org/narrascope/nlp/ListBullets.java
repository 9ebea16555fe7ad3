package org.narrascope.nlp;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The bullets of a list ("- The ministry says 14 people died.", "• Police hold six."): the parser takes a bullet for the
 * start of the sentence's structure and loses who says what, so the text CoreNLP reads has each bullet blanked out,
 * every offset unchanged.
 */
public final class ListBullets {

    private static final Pattern BULLET = Pattern.compile("(?m)^[ \\t]*([-–—•*·])[ \\t]+(?=\\S)");

    private ListBullets() {
    }

    public static String forTagging(String text) {
        StringBuilder out = null;
        for (Matcher b = BULLET.matcher(text); b.find(); ) {
            if (out == null) out = new StringBuilder(text);
            out.setCharAt(b.start(1), ' ');
        }
        return out == null ? text : out.toString();
    }
}
