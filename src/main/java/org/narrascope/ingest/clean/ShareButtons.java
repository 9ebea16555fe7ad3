package org.narrascope.ingest.clean;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Removes share-button rows: lines made only of social-network names. A line with two or more names
 * goes on its own; a line with a single name goes only when it stands in a run of such lines, so a
 * sentence-less "Telegram" elsewhere is kept.
 */
public final class ShareButtons implements ParagraphFilter {

    private static final Pattern SEPARATORS = Pattern.compile("[|•·/,;:()\\[\\]]+|\\s-\\s");
    private static final Pattern SHARE_PREFIX = Pattern.compile("^(?:share this(?: article| story| post)?|share on|share via|share to|share)\\b\\s*", Pattern.CASE_INSENSITIVE);

    private final List<String> names;

    public ShareButtons(CueList networks) {
        // longest first, so "copy link" is taken before "copy"
        this.names = networks.words().stream().map(w -> w.toLowerCase(Locale.ROOT))
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }

    @Override
    public List<String> apply(List<String> paragraphs) {
        int n = paragraphs.size();
        int[] counts = new int[n];
        for (int i = 0; i < n; i++) counts[i] = networkNames(paragraphs.get(i));
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            boolean inRun = counts[i] > 0 && (i > 0 && counts[i - 1] > 0 || i + 1 < n && counts[i + 1] > 0);
            boolean shareRow = counts[i] >= 2 || inRun || counts[i] == 1 && SHARE_PREFIX.matcher(paragraphs.get(i)).find();
            if (!shareRow) kept.add(paragraphs.get(i));
        }
        return kept;
    }

    /** How many network names the line consists of, or 0 if it holds anything else. */
    int networkNames(String line) {
        String rest = line.strip().toLowerCase(Locale.ROOT);
        if (rest.isEmpty() || rest.length() > 200) return 0;
        rest = SHARE_PREFIX.matcher(rest).replaceFirst("");
        rest = SEPARATORS.matcher(rest).replaceAll(" ").replaceAll("\\b\\d+\\b", " ").strip();
        if (rest.isEmpty()) return SHARE_PREFIX.matcher(line.strip()).find() ? 1 : 0;
        int count = 0;
        while (!rest.isEmpty()) {
            String matched = null;
            for (String name : names) {
                if (rest.startsWith(name) && (rest.length() == name.length() || rest.charAt(name.length()) == ' ')) {
                    matched = name;
                    break;
                }
            }
            if (matched == null) return 0;
            count++;
            rest = rest.substring(matched.length()).strip();
        }
        return count;
    }
}
