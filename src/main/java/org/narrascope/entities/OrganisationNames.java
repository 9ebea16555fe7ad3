package org.narrascope.entities;

import java.util.Locale;
import java.util.Set;
import org.narrascope.DataFile;

/**
 * The last words that mark a name as a firm's ("Halden Coal", company-words.txt) or a news outlet's ("Kell Herald",
 * outlet-words.txt), which NER may take for people.
 */
public final class OrganisationNames {

    private static final Set<String> FIRM_WORDS = Set.copyOf(DataFile.lines(OrganisationNames.class, "company-words.txt"));
    private static final Set<String> OUTLET_WORDS = Set.copyOf(DataFile.lines(OrganisationNames.class, "outlet-words.txt"));

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

    /** A firm's or an outlet's name, of two words or more. */
    static boolean body(String name) {
        String[] words = words(name);
        return firm(name) || words.length > 1 && outletWord(words[words.length - 1]);
    }

    private static String[] words(String name) {
        return name.strip().toLowerCase(Locale.ROOT).split("\\s+");
    }
}
