package org.narrascope.nlp;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Why a source goes unnamed, told inside the sentence that quotes them ("..., two officials who asked not to be named told
 * the Courier.", "said a police source, who spoke on condition of anonymity because the inquiry is continuing"). Without
 * commas around it the parser takes the clause for the sentence's structure and loses who told what, so the text CoreNLP
 * reads has it blanked out, every offset unchanged; the words stay in the article for naming the source.
 */
public final class AnonymityAsides {

    private static final Pattern ASIDE = Pattern.compile("\\b(?:who|as\\s+(?:he|she|they))\\s+(?:asked|requested|spoke|declined|agreed|insisted|"
            + "(?:was|were)\\s+(?:speaking|granted))\\s+(?:not\\s+to\\s+be\\s+(?:named|identified|quoted)|on\\s+(?:the\\s+)?condition\\s+of\\s+anonymity|"
            + "anonymity|to\\s+remain\\s+anonymous)(?:\\s+(?:because|as|since)\\s+[^,.;:\"“”\\n]{1,150}?)?(?=\\s*(?:[,.;:\"”\\n]|$|\\b(?:told|said|says|tell|say)\\b))");

    private AnonymityAsides() {
    }

    /** {@code text} with each aside, and the commas around it, blanked out. */
    public static String forTagging(String text) {
        StringBuilder out = null;
        for (Matcher m = ASIDE.matcher(text); m.find(); ) {
            if (out == null) out = new StringBuilder(text);
            // with the commas around it ("One firefighter, who asked not to be named, said"): a lone comma left would split the sentence
            int start = m.start();
            while (start > 0 && text.charAt(start - 1) == ' ') start--;
            if (start == 0 || text.charAt(start - 1) != ',') start = m.start();
            else start--;
            int end = m.end();
            while (end < text.length() && text.charAt(end) == ' ') end++;
            end = end < text.length() && text.charAt(end) == ',' ? end + 1 : m.end();
            for (int i = start; i < end; i++) out.setCharAt(i, ' ');
        }
        return out == null ? text : out.toString();
    }
}
