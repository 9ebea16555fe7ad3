package org.narrascope.nlp;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A wire story's dateline: a place in capitals at the start of a paragraph, a date or the agency if any, a dash
 * ("HALDEN (Meridian Wire) - Twelve people died ...", "HALDEN, 3 May —"). The parser takes the place for the
 * main clause and hangs the real sentence under it, so "X was caused by Y, the inquiry said" loses its
 * speaker. The text CoreNLP reads has the place in title case and the dash a full stop, letter for letter in
 * the same places: the dateline is a line of its own.
 */
public final class Datelines {

    private static final Pattern DATELINE = Pattern.compile(
            "(?m)^[ \\t]*(\\p{Lu}{3,}(?:[ .'’-]+\\p{Lu}{2,}){0,3})(?:,[^()\\n—–]{1,30}?)?(?:\\s+\\([^)\\n]{2,60}\\))?\\s*([-–—])\\s");
    private static final Pattern WORD = Pattern.compile("\\p{Lu}{2,}");

    private Datelines() {
    }

    /** Whether {@code [start, end)} is within a dateline's place ("HALDEN" in "HALDEN (Meridian Wire) - "), which NER may call a person. */
    public static boolean place(String text, int start, int end) {
        for (Matcher m = DATELINE.matcher(text); m.find() && m.start(1) <= start; ) {
            if (end <= m.end(1)) return true;
        }
        return false;
    }

    public static String forTagging(String text) {
        StringBuilder out = null;
        for (Matcher m = DATELINE.matcher(text); m.find(); ) {
            if (out == null) out = new StringBuilder(text);
            for (Matcher w = WORD.matcher(m.group(1)); w.find(); ) {
                int at = m.start(1) + w.start();
                out.replace(at + 1, at + w.group().length(), w.group().substring(1).toLowerCase(Locale.ROOT));
            }
            out.setCharAt(m.start(2), '.');
        }
        return out == null ? text : out.toString();
    }
}
