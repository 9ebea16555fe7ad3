package org.narrascope.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.narrascope.model.Span;

/**
 * A wire story's dateline: a place in capitals at the start of a paragraph, a date or the agency if any, a dash
 * ("HALDEN (Meridian Wire) - Twelve people died ...", "HALDEN, 3 May —"), or a translated agency's date and agency
 * between slashes ("HALDEN, 3 May. /Meridian/. Twelve people died ..."). The parser takes the place for the
 * main clause and hangs the real sentence under it, so "X was caused by Y, the inquiry said" loses its
 * speaker, and NER may call the place a person. So the text CoreNLP reads has the place in title case and the
 * dash a full stop, letter for letter in the same places: the dateline is a line of its own.
 */
public final class Datelines {

    private static final Pattern DATELINE = Pattern.compile(
            "(?m)^[ \\t]*(\\p{Lu}{3,}(?:[ .'’-]+\\p{Lu}{2,}){0,3})(?:,\\s*([^()\\n—–]{1,30}?))?(?:(?:\\s+\\(([^)\\n]{2,60})\\))?\\s*([-–—])|\\.\\s*/([^/\\n]{2,40})/\\.?)\\s");
    private static final Pattern WORD = Pattern.compile("\\p{Lu}{2,}");
    /** The country or region after the town ("HALDEN, Marenland -"), not a date ("HALDEN, 3 May -", "HALDEN, Tuesday -"). */
    private static final Pattern REGION = Pattern.compile("(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\\b|(?:January|February|March|April|May|June|July"
            + "|August|September|October|November|December)\\b)\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\p{Ll}+)?");

    /**
     * One dateline: where its place stands, where the country or region after it stands (null when none is given), the
     * agency in parentheses or between slashes (null when none is given), where its dash stands (-1 for a dateline
     * ending "/Agency/.").
     */
    public record Dateline(Span place, Span region, String agency, int dash) {
    }

    private Datelines() {
    }

    /** The datelines of a text, in order. */
    public static List<Dateline> in(String text) {
        List<Dateline> out = new ArrayList<>();
        for (Matcher m = DATELINE.matcher(text); m.find(); ) {
            Span region = m.group(2) != null && REGION.matcher(m.group(2)).matches() ? new Span(m.start(2), m.end(2)) : null;
            out.add(new Dateline(new Span(m.start(1), m.end(1)), region, m.group(3) != null ? m.group(3) : m.group(5), m.start(4)));
        }
        return out;
    }

    /** A name's words in capitals as a name is written: "KELL BAY" as "Kell Bay"; other words as they are. */
    public static String titleCase(String name) {
        StringBuilder out = new StringBuilder(name);
        for (Matcher w = WORD.matcher(name); w.find(); ) out.replace(w.start() + 1, w.end(), w.group().substring(1).toLowerCase(Locale.ROOT));
        return out.toString();
    }

    public static String forTagging(String text) {
        List<Dateline> datelines = in(text);
        if (datelines.isEmpty()) return text;
        StringBuilder out = new StringBuilder(text);
        for (Dateline d : datelines) {
            out.replace(d.place().start(), d.place().end(), titleCase(text.substring(d.place().start(), d.place().end())));
            if (d.dash() >= 0) out.setCharAt(d.dash(), '.');
        }
        return out.toString();
    }
}
