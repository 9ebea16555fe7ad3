package org.narrascope.reuse;

import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.narrascope.DataFile;

/**
 * The language-independent fingerprint of a text: the ordered names, numbers and acronyms in it,
 * transliterated to Latin and folded so that spelling variants, transliterations and inflected
 * forms meet ("Ostravia", "Остравии", "Ostravija" all fold to {@code strv}). Translations keep
 * these in the same order even when they share no word, which is how cross-language reuse is
 * found without a multilingual model.
 */
final class Anchors {

    private static final ThreadLocal<Transliterator> TO_LATIN =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Any-Latin; Latin-ASCII; Lower"));
    private static final Pattern NOT_LATIN_LETTER = Pattern.compile("[^a-z]");
    private static final Set<String> IGNORED = loadIgnored();

    private Anchors() {
    }

    /**
     * One folded anchor per token that is a number or a capitalised word not opening a sentence;
     * {@code null} for other tokens, so anchors keep their token positions.
     */
    static String[] of(Tokens tokens, boolean[] sentenceStart) {
        String[] anchors = new String[tokens.size()];
        for (int i = 0; i < tokens.size(); i++) {
            String word = tokens.text.substring(tokens.start[i], tokens.end[i]);
            anchors[i] = anchorOf(word, sentenceStart[i]);
        }
        return anchors;
    }

    static String anchorOf(String word, boolean opensSentence) {
        char first = word.charAt(0);
        if (Character.isDigit(first)) {
            String digits = word.replaceAll("\\D", "");
            return digits.length() >= 2 || digits.length() == 1 && !digits.equals("0") ? "#" + digits : null;
        }
        if (!Character.isUpperCase(first)) return null;
        boolean acronym = word.length() >= 2 && word.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
        if (opensSentence && !acronym) return null;
        String folded = fold(word);
        if (folded.length() < 2 || IGNORED.contains(folded)) return null;
        return folded;
    }

    /** Latin consonant skeleton: transliterate, drop vowels after the first letter, merge look-alike spellings. */
    static String fold(String word) {
        String latin = NOT_LATIN_LETTER.matcher(TO_LATIN.get().transliterate(word)).replaceAll("");
        if (latin.isEmpty()) return latin;
        String s = latin.replace("kh", "h").replace("ph", "f").replace("ck", "k").replace("sch", "sh")
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

    private static Set<String> loadIgnored() {
        Set<String> words = new HashSet<>();
        for (String w : DataFile.lines(Anchors.class, "anchor-stopwords.txt")) words.add(fold(w));
        return Set.copyOf(words);
    }

    /** The anchors in order, without the gaps. */
    static List<String> sequence(String[] anchors) {
        List<String> out = new ArrayList<>();
        for (String a : anchors) if (a != null) out.add(a);
        return out;
    }
}
