package org.narrascope.narratives;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.narrascope.learn.FeatureSpace;
import org.narrascope.learn.LabelWeights;
import org.narrascope.learn.LinearModel;

class NarrativeClassifierTest {

    @Test
    void everyShippedModelHasTheCurrentFeatureLayoutAndALanguageWithoutOneHasNone() {
        NarrativeClassifier english = NarrativeClassifier.standard(Taxonomy.shipped());
        for (String language : List.of("pt", "bg", "hi", "ru")) {
            assertThat(english.forLanguage(language)).as(language).isNotNull();
        }
        assertThat(english.forLanguage("es")).isNull();
    }

    @Test
    void aModelOfAnotherFeatureLayoutIsRefusedWithTheCommandThatRebuildsIt() {
        FeatureSpace old = new FeatureSpace(477, 12);
        LinearModel model = new LinearModel("narratives", "en", old, Map.of(),
                List.of(new LabelWeights("Other", 0, 0.5, new float[old.dimensions()])));

        assertThatThrownBy(() -> NarrativeClassifier.zeroShot(Taxonomy.shipped()).withModel(model))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("narrascope train narratives");
    }
}
