package org.narrascope.techniques;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.narrascope.learn.FeatureSpace;
import org.narrascope.learn.LabelWeights;
import org.narrascope.learn.LinearModel;

class TechniqueDetectorTest {

    private static int[] attributions(String text) {
        return AuthorityAttribution.counts(FeatureSpace.words(text));
    }

    @Test
    void opinionsOfUnnamedExpertsSourcesAndTitledSpeakersAreCountedApart() {
        assertThat(attributions("Experts are convinced that the reform has failed.")).containsExactly(1, 0, 0);
        assertThat(attributions("According to leading Western analysts, the reform has failed.")).containsExactly(1, 0, 0);
        assertThat(attributions("The consensus among historians is that the reform failed.")).containsExactly(1, 0, 0);
        assertThat(attributions("As any economist will tell you, the reform failed.")).containsExactly(1, 0, 0);
        assertThat(attributions("Security sources say the reform has failed.")).containsExactly(0, 1, 0);
        assertThat(attributions("The reform has failed, the bishop of the northern diocese warned.")).containsExactly(0, 0, 1);
    }

    @Test
    void anAuthorityWordWithoutAnOpinionIsNotAnAttribution() {
        assertThat(attributions("The committee of experts met on Monday to review the budget lines.")).containsExactly(0, 0, 0);
        assertThat(attributions("Officials from both towns attended the opening of the new bridge.")).containsExactly(0, 0, 0);
    }

    /**
     * A paragraph that leans on three unnamed authorities. (One such appeal alone, "Specialists say
     * the programme was rushed", still scores about 0.02-0.09 against the threshold of 0.10: the
     * training data holds few of them.)
     */
    @Test
    void theShippedModelFindsAParagraphThatLeansOnUnnamedAuthorities() {
        List<String> article = List.of(
                "The harvest festival drew a large crowd to the market square on Saturday.",
                "Experts are convinced that the new dam will ruin the valley. According to independent analysts, "
                        + "the project cannot succeed, and observers in the capital say the ministry knows it.",
                "The festival ends on Sunday evening with a concert by the town band.");

        List<List<TechniqueDetector.Scored>> found = TechniqueDetector.standard().detect(List.of(article)).get(0);

        assertThat(found.get(1)).extracting(TechniqueDetector.Scored::technique).contains("Appeal_to_Authority");
        assertThat(found.get(0)).extracting(TechniqueDetector.Scored::technique).doesNotContain("Appeal_to_Authority");
    }

    @Test
    void everyShippedModelHasTheCurrentFeatureLayout() {
        TechniqueDetector english = TechniqueDetector.standard();
        for (String language : List.of("ru", "fr", "de", "it", "pl")) {
            assertThat(english.forLanguage(language)).as(language).isNotNull();
        }
    }

    @Test
    void aModelOfAnotherFeatureLayoutIsRefusedWithTheCommandThatRebuildsIt() {
        FeatureSpace old = new FeatureSpace(436, 13);
        LinearModel model = new LinearModel("techniques", "en", old, Map.of(),
                List.of(new LabelWeights("Doubt", 0, 0.5, new float[old.dimensions()])));

        assertThatThrownBy(() -> TechniqueDetector.zeroShot().withModel(model))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("narrascope train techniques");
    }
}
