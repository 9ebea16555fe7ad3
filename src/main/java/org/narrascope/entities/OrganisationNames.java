package org.narrascope.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.narrascope.DataFile;

/**
 * The last words that mark a name as a firm's ("Halden Coal", company-words.txt) or a news outlet's ("Kell Herald",
 * outlet-words.txt), which NER may take for people; and the words by which a text presents a name as a body's ("the
 * supporters' association Blue Stand", "Harrow-Dale, the firm that ...").
 */
public final class OrganisationNames {

    private static final Set<String> FIRM_WORDS = Set.copyOf(DataFile.lines(OrganisationNames.class, "company-words.txt"));
    private static final Set<String> OUTLET_WORDS = Set.copyOf(DataFile.lines(OrganisationNames.class, "outlet-words.txt"));
    /**
     * A name after what it names, in quotation marks as translations write them ('the opposition party "Civic Choice"'), or a
     * group's or firm's without them ("the group Red Lantern", "a gang calling itself Night Ledger", "the firm Harrow-Dale"),
     * or before it, presented as one ("Cold Flame, a small climate group that ...", "Blue Stand, Ardel's best-known ultras
     * group,"): the kind is the head of the presenting phrase, not a word of a person's role ("a charity worker", "the
     * group's leader"); a name's words are on one line (a title's last word is no part of the name that opens the text).
     */
    private static final Pattern PRESENTED = Pattern.compile("\\b(party|movement|group|organi[sz]ation|association|union|bloc|front|foundation|"
            + "publication|newspaper|channel|agency|company|firm)\\s+[\"“«]((?:\\p{Lu}[\\p{L}'’-]*)(?:\\s+\\p{L}[\\p{L}'’-]*){0,4})[\"”»]"
            + "|\\b(group|gang|militia|movement|network|cell|faction|brigade|crew|collective|association|firm|company|contractor)"
            + "(?:\\s+calling\\s+itself(?:\\s+the)?)?\\s+(\\p{Lu}[\\p{L}'’-]+(?:\\h+\\p{Lu}[\\p{L}'’-]+){0,3})"
            + "|(\\p{Lu}[\\p{L}'’-]+(?:\\h+\\p{Lu}[\\p{L}'’-]+){0,3}),\\s+(?:a|an|the|\\p{Lu}\\p{L}+['’]s)\\s+(?:(?!of\\b)[\\p{L}'’-]+\\s+){0,3}"
            + "(group|gang|militia|movement|network|collective|campaign|charity|association|firm|company|contractor)"
            + "(?=\\s*[,.;:)]|\\s+(?:that|which|whose|based|founded|registered|run|linked|close|known|accused|blamed|funded|financed|operating|active|in|from|of)\\b)");

    /**
     * A name the text presents as a body's, with the kind it gives it ("association", "firm") and where the name is.
     *
     * @param kindFirst whether the kind comes before the name ("the firm Harrow-Dale") rather than after it
     */
    public record Presented(String name, String kind, int start, int end, boolean kindFirst) {
    }

    private OrganisationNames() {
    }

    /** A name of two words or more ending in a firm's word ("Halden Coal", "Kell Ferries"). */
    public static boolean firm(String name) {
        String[] words = words(name);
        return words.length > 1 && FIRM_WORDS.contains(words[words.length - 1]);
    }

    /** A word that ends the names of news outlets ("Herald", "Wire"), in any case. */
    public static boolean outletWord(String word) {
        return OUTLET_WORDS.contains(word.toLowerCase(Locale.ROOT));
    }

    /** The names the text presents as bodies', in order; not a person after the kind ("the company Chairman Ivo Lenk"). */
    public static List<Presented> presented(String text) {
        List<Presented> out = new ArrayList<>();
        for (Matcher q = PRESENTED.matcher(text); q.find(); ) {
            int name = q.group(2) != null ? 2 : q.group(4) != null ? 4 : 5;
            int kind = name == 5 ? 6 : name - 1;
            String written = q.group(name).replaceAll("\\s+", " ");
            if (EntityRecognizer.TITLES.contains(written.split(" ")[0].toLowerCase(Locale.ROOT))) continue;
            out.add(new Presented(written, q.group(kind).toLowerCase(Locale.ROOT), q.start(name), q.end(name), name != 5));
        }
        return out;
    }

    /** A firm's or an outlet's name, of two words or more. */
    static boolean body(String name) {
        String[] words = words(name);
        return firm(name) || words.length > 1 && outletWord(words[words.length - 1]);
    }

    private static String[] words(String name) {
        return name.strip().toLowerCase(Locale.ROOT).split("\\s+");
    }
}
