package org.narrascope.techniques;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.narrascope.model.Span;

/** With the shipped models, each span the tagger marks goes to the one technique it most likely shows. */
class TechniquesTest {

    private static final String TEXT = "Every honest worker in the lower town now pays for the greed of a handful of men in tailored suits, "
            + "who have never hauled a net in their lives, and the so-called guardians of the harbour are nothing but parasites.";
    private static final List<String> FOUND = List.of("Loaded_Language", "Name_Calling-Labeling", "Doubt");

    @Test
    void eachTaggedSpanIsGivenToOneOfTheParagraphsTechniques() {
        Map<String, List<Span>> located = place(SpanTechniques.standard());
        List<Span> tagged = SpanTagger.standard().tag(SpanTagger.words(TEXT, 0, TEXT.length()));

        assertThat(tagged).isNotEmpty();
        List<Span> given = located.values().stream().flatMap(List::stream).toList();
        assertThat(given).containsExactlyInAnyOrderElementsOf(tagged);
    }

    @Test
    void withoutTheSpanClassifierTheTechniquesShareTheTaggedSpans() {
        Map<String, List<Span>> located = place(null);

        assertThat(located.get("Loaded_Language")).isNotEmpty();
        assertThat(located.values()).allSatisfy(l -> assertThat(l).isEqualTo(located.get("Loaded_Language")));
    }

    private static Map<String, List<Span>> place(SpanTechniques classifier) {
        Map<String, List<Span>> located = new LinkedHashMap<>();
        FOUND.forEach(t -> located.put(t, new ArrayList<>()));
        Techniques.placeTagged(TEXT, new Span(0, TEXT.length()), FOUND, SpanTagger.standard(), classifier, located);
        return located;
    }
}
