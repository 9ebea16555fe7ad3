package org.narrascope.ingest.clean;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits raw text into paragraphs. Blank lines always separate paragraphs; inside a block, lines
 * stay separate paragraphs unless the block looks hard-wrapped (lines of similar length that break
 * mid-sentence), as e-mail and plain-text archives are.
 */
public final class Paragraphs {

    private Paragraphs() {
    }

    public static List<String> split(String raw) {
        String text = normalizeSpace(raw);
        List<String> paragraphs = new ArrayList<>();
        for (String block : text.split("\n\\s*\n")) {
            List<String> lines = block.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
            if (lines.isEmpty()) continue;
            if (isHardWrapped(lines)) {
                paragraphs.add(String.join(" ", lines));
            } else {
                paragraphs.addAll(lines);
            }
        }
        return paragraphs;
    }

    /** Line ends, invisible characters and exotic spaces made plain. */
    static String normalizeSpace(String raw) {
        return raw.replace("\r\n", "\n").replace('\r', '\n')
                .replaceAll("[\\u200B-\\u200D\\u2060\\uFEFF\\u00AD]", "")
                .replaceAll("[\\t\\u00A0\\u2000-\\u200A\\u202F\\u205F\\u3000]", " ")
                .replaceAll(" {2,}", " ");
    }

    /**
     * Hard-wrapped: three or more lines, all but the last of similar, moderate length, most of them
     * breaking mid-sentence. Two short lines (a title over a byline) are never joined.
     */
    private static boolean isHardWrapped(List<String> lines) {
        if (lines.size() < 2) return false;
        if (lines.size() == 2) {
            String second = lines.get(1);
            return lines.get(0).length() >= 60 && !endsSentence(lines.get(0))
                    && !second.isEmpty() && Character.isLowerCase(second.codePointAt(0));
        }
        int midSentence = 0;
        for (int i = 0; i < lines.size() - 1; i++) {
            String line = lines.get(i);
            if (line.length() < 40 || line.length() > 100) return false;
            if (!endsSentence(line)) midSentence++;
        }
        return midSentence * 2 >= lines.size() - 1;
    }

    static boolean endsSentence(String text) {
        return text.matches("(?s).*[.!?…:;\"”’»)\\]]$");
    }
}
