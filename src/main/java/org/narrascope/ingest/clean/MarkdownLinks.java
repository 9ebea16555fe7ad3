package org.narrascope.ingest.clean;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Markdown that leaks into pasted text: {@code [text](target)} becomes {@code text}, images and
 * reference definitions go, and backslash escapes are undone.
 */
public final class MarkdownLinks implements ParagraphFilter {

    private static final Pattern IMAGE = Pattern.compile("!\\[[^\\]]*+]\\((?:[^()\\s]++|\\([^)]*+\\))*+(?:\\s+\"[^\"]*+\")?\\)");
    /** Link text: no "]" or line break, backslash escapes allowed; possessive so long text cannot overflow the stack. */
    private static final String LINK_TEXT = "\\[([^\\]\\\\\\n]*+(?:\\\\.[^\\]\\\\\\n]*+)*+)]";
    private static final Pattern INLINE_LINK = Pattern.compile(LINK_TEXT + "\\((?:[^()\\s]++|\\([^)]*+\\))*+(?:\\s+\"[^\"]*+\")?\\)");
    private static final Pattern REFERENCE_LINK = Pattern.compile(LINK_TEXT + "\\[[^\\]]*+]");
    private static final Pattern REFERENCE_DEFINITION = Pattern.compile("^\\[[^\\]]+]:\\s*\\S+.*$");
    private static final Pattern ESCAPE = Pattern.compile("\\\\([\\\\`*_{}\\[\\]()#+\\-.!|])");

    @Override
    public List<String> apply(List<String> paragraphs) {
        return paragraphs.stream()
                .filter(p -> !REFERENCE_DEFINITION.matcher(p).matches())
                .map(MarkdownLinks::strip)
                .filter(p -> !p.isBlank())
                .toList();
    }

    static String strip(String paragraph) {
        if (paragraph.indexOf('[') < 0 && paragraph.indexOf('\\') < 0) return paragraph;
        String s = IMAGE.matcher(paragraph).replaceAll("");
        s = INLINE_LINK.matcher(s).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(m.group(1)));
        s = REFERENCE_LINK.matcher(s).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(m.group(1)));
        s = ESCAPE.matcher(s).replaceAll("$1");
        return s.replaceAll(" {2,}", " ").strip();
    }
}
