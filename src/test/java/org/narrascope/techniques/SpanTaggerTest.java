package org.narrascope.techniques;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.narrascope.learn.FeatureSpace;
import org.narrascope.learn.LabelWeights;
import org.narrascope.learn.LinearModel;
import org.narrascope.model.Span;

class SpanTaggerTest {

    /** Words of five characters and a space each: word i is [6i, 6i + 5). */
    private static List<SpanTagger.TaggedWord> words(int n) {
        List<SpanTagger.TaggedWord> out = new ArrayList<>();
        for (int i = 0; i < n; i++) out.add(new SpanTagger.TaggedWord(new Span(6 * i, 6 * i + 5), false, new float[0]));
        return out;
    }

    @Test
    void consecutiveTaggedWordsMakeOneSpanBridgingOneUntaggedWord() {
        boolean[] in = {false, true, true, false, true, false, false, true, false};

        assertThat(SpanTagger.spans(words(in.length), in, true)).containsExactly(new Span(6, 29), new Span(42, 47));
        assertThat(SpanTagger.spans(words(in.length), in, false)).containsExactly(new Span(6, 17), new Span(24, 29), new Span(42, 47));
    }

    @Test
    void aRunOfFunctionWordsAloneIsNoSpan() {
        List<SpanTagger.TaggedWord> words = new ArrayList<>(words(4));
        words.set(1, new SpanTagger.TaggedWord(words.get(1).span(), true, new float[0]));
        words.set(2, new SpanTagger.TaggedWord(words.get(2).span(), true, new float[0]));

        assertThat(SpanTagger.spans(words, new boolean[] {false, true, true, false}, true)).isEmpty();
        assertThat(SpanTagger.spans(words, new boolean[] {false, true, true, true}, true)).containsExactly(new Span(6, 23));
    }

    @Test
    void aModelOfAnotherFeatureLayoutIsRefusedWithTheCommandThatRebuildsIt() {
        LinearModel old = new LinearModel("spans", "en", new FeatureSpace(768, 0), Map.of(),
                List.of(new LabelWeights("propaganda", 0, 0.5, new float[769])));

        assertThatThrownBy(() -> SpanTagger.of(old)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("narrascope train spans");
    }

    @Test
    void nothingTaggedIsNoSpanAndEverythingTaggedIsOne() {
        assertThat(SpanTagger.spans(words(3), new boolean[3], true)).isEmpty();
        assertThat(SpanTagger.spans(words(3), new boolean[] {true, true, true}, true)).containsExactly(new Span(0, 17));
    }
}
