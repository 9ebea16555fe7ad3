package org.narrascope;

import com.ibm.icu.text.Transliterator;
import edu.stanford.nlp.util.EditDistance;
import java.util.regex.Pattern;

/**
 * A name's Latin consonant skeleton, the key under which spelling variants, transliterations and
 * inflected forms of one name meet ("Ostravia", "Остравии", "Ostravija" all give {@code ostrv}).
 * Used by the reuse fingerprint and by entity resolution.
 */
public final class NameFold {

    private static final ThreadLocal<Transliterator> TO_LATIN =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Any-Latin; Latin-ASCII; Lower"));
    private static final Pattern NOT_LATIN_LETTER = Pattern.compile("[^a-z]");
    /** Share of a name's letters two spellings of it may differ in ("Tarsia", "Tarsiya"). */
    private static final double VARIANT_SHARE = 0.25;

    private NameFold() {
    }

    /** Latin consonant skeleton: transliterate, drop vowels after the first letter, merge look-alike spellings. */
    public static String fold(String word) {
        String latin = NOT_LATIN_LETTER.matcher(TO_LATIN.get().transliterate(word)).replaceAll("");
        if (latin.isEmpty()) return latin;
        // an iotated vowel is written with or without its y ("Yerlan", "Erlan"), and one letter as "ts" or "c" ("Dravets", "Dravec")
        if (latin.length() > 3 && latin.charAt(0) == 'y' && "aeiou".indexOf(latin.charAt(1)) >= 0) latin = latin.substring(1);
        String s = zhAsJ(latin).replace("ts", "c").replace("kh", "h").replace("ph", "f").replace("ck", "k").replace("sch", "sh")
                .replace('w', 'v').replace('c', 'k').replace('q', 'k').replace("x", "ks").replace('j', 'y');
        StringBuilder out = new StringBuilder().append(s.charAt(0));
        for (int i = 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if ("aeiouy".indexOf(c) >= 0) continue;
            if (c == out.charAt(out.length() - 1)) continue;
            out.append(c);
        }
        String skeleton = out.toString();
        // inflection endings of Slavic and Romance languages are mostly vowels (dropped above) or an -m after them
        return skeleton.length() > 3 && skeleton.endsWith("m") && latin.length() > 5 ? skeleton.substring(0, skeleton.length() - 1) : skeleton;
    }

    /**
     * Whether two names of one skeleton are spellings of one name rather than names that only sound alike: a skeleton
     * holds "Tarsia" and "Tarsiya" but also "Dravenne" and "Druvania", and variants differ in a few letters.
     */
    public static boolean closeSpellings(String x, String y) {
        String a = zhAsJ(x);
        String b = zhAsJ(y);
        return new EditDistance().score(a, b) <= VARIANT_SHARE * Math.max(a.length(), b.length());
    }

    /** One Cyrillic letter is written "zh" in English and "j" in French transliteration ("Zhelev", "Jelev"). */
    private static String zhAsJ(String s) {
        return s.replace("zh", "j");
    }
}
