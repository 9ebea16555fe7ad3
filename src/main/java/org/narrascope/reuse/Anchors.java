package org.narrascope.reuse;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.narrascope.DataFile;
import org.narrascope.NameFold;

/**
 * The language-independent fingerprint of a text: the ordered names, numbers and acronyms in it,
 * transliterated to Latin and folded so that spelling variants, transliterations and inflected
 * forms meet ("Ostravia", "Остравии", "Ostravija" all fold to {@code strv}). Translations keep
 * these in the same order even when they share no word, which is how cross-language reuse is
 * found without a multilingual model.
 */
final class Anchors {

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
        String folded = NameFold.fold(word);
        if (folded.length() < 2 || IGNORED.contains(folded)) return null;
        return folded;
    }

    private static Set<String> loadIgnored() {
        Set<String> words = new HashSet<>();
        for (String w : DataFile.lines(Anchors.class, "anchor-stopwords.txt")) words.add(NameFold.fold(w));
        return Set.copyOf(words);
    }

    /** The anchors in order, without the gaps. */
    static List<String> sequence(String[] anchors) {
        List<String> out = new ArrayList<>();
        for (String a : anchors) if (a != null) out.add(a);
        return out;
    }
}
