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
     * Hard-wrapped: lines of moderate length where most breaks fall inside a sentence, the next line
     * going on in lower case or after a comma. A title over a byline over a date breaks between
     * capitalised lines and is never joined.
     */
    private static boolean isHardWrapped(List<String> lines) {
        if (lines.size() < 2) return false;
        int continued = 0;
        for (int i = 0; i < lines.size() - 1; i++) {
            String line = lines.get(i);
            if (line.length() < 30 || line.length() > 100) return false;
            String next = lines.get(i + 1);
            boolean goesOn = !endsSentence(line) && (Character.isLowerCase(next.codePointAt(0)) || line.matches(".*[,;(-]$"));
            if (goesOn) continued++;
        }
        return continued * 2 >= lines.size() - 1;
    }

    static boolean endsSentence(String text) {
        return !text.isEmpty() && ".!?…:;\"”’»)]".indexOf(text.charAt(text.length() - 1)) >= 0;
    }
}
