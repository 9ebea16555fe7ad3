package org.narrascope;

import java.util.ArrayList;
import java.util.List;
import org.narrascope.model.Span;

/** The paragraphs of an article's text (separated by line breaks) as spans, surrounding blanks left out. */
public final class TextParagraphs {

    private TextParagraphs() {
    }

    public static List<Span> of(String text) {
        List<Span> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            while (i < text.length() && Character.isWhitespace(text.charAt(i))) i++;
            if (i == text.length()) break;
            int end = text.indexOf('\n', i);
            if (end < 0) end = text.length();
            int last = end;
            while (last > i && Character.isWhitespace(text.charAt(last - 1))) last--;
            out.add(new Span(i, last));
            i = end;
        }
        return out;
    }

    /** The paragraphs of a text: their spans and their texts, in order. */
    public record Split(List<Span> spans, List<String> texts) {
    }

    public static Split split(String text) {
        List<Span> spans = of(text);
        return new Split(spans, spans.stream().map(s -> text.substring(s.start(), s.end())).toList());
    }
}
