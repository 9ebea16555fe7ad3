package org.narrascope.learn;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import smile.util.SparseArray;

class OneVsRestTest {

    private static final FeatureSpace SPACE = new FeatureSpace(1, 10);
    private static final List<String> FILLER = List.of("river", "stone", "market", "winter", "bridge", "lamp", "garden", "road");

    @TempDir
    Path dir;

    /** A text of filler words, with "alarm" when it is about danger and "praise" when it praises. */
    private static Example example(Random random, int article) {
        boolean danger = random.nextBoolean();
        boolean praise = random.nextInt(3) == 0;
        List<String> words = new ArrayList<>();
        for (int i = 0; i < 8; i++) words.add(FILLER.get(random.nextInt(FILLER.size())));
        if (danger) words.add(random.nextInt(words.size()), "alarm");
        if (praise) words.add(random.nextInt(words.size()), "praise");
        Set<String> labels = new java.util.HashSet<>();
        if (danger) labels.add("Fear");
        if (praise) labels.add("Praise");
        return new Example("a" + article, SPACE.vector(new double[] {random.nextGaussian() * 0.1}, words), labels);
    }

    private static List<Example> examples(long seed, int n) {
        Random random = new Random(seed);
        List<Example> out = new ArrayList<>();
        for (int i = 0; i < n; i++) out.add(example(random, i / 3));
        return out;
    }

    @Test
    void learnsEachLabelFromItsOwnWordAndPredictsUnseenExamples() {
        LinearModel model = OneVsRest.fit("test", "en", SPACE, examples(1, 240), List.of("Fear", "Praise", "Never"), 1.0, 7, Map.of());

        assertThat(model.labels()).extracting(LabelWeights::label).containsExactly("Fear", "Praise"); // "Never" has no examples
        int right = 0;
        List<Example> unseen = examples(2, 100);
        for (Example e : unseen) if (Set.copyOf(model.predict(e.features())).equals(e.labels())) right++;
        assertThat(right).isGreaterThanOrEqualTo(95);
    }

    @Test
    void aWrittenModelReadsBackWithTheSameProbabilities() throws IOException {
        LinearModel model = OneVsRest.fit("test", "en", SPACE, examples(3, 120), List.of("Fear", "Praise"), 1.0, 7, Map.of("trainedOn", "synthetic"));
        Path file = dir.resolve("model.json");

        model.write(file);
        LinearModel read = LinearModel.read(file);

        assertThat(Files.readString(file)).contains("\"task\":\"test\"", "\"trainedOn\":\"synthetic\"");
        SparseArray x = examples(4, 1).get(0).features();
        assertThat(read.probabilities(x)).isEqualTo(model.probabilities(x));
        assertThat(read.labels()).extracting(LabelWeights::threshold).containsExactlyElementsOf(model.labels().stream().map(LabelWeights::threshold).toList());
    }

    @Test
    void fittingTheSameExamplesAgainGivesTheSameModel() {
        // many labels over long texts, so the labels' fits overlap on the threads and read the same examples
        Random random = new Random(9);
        List<String> labels = new ArrayList<>();
        for (int l = 0; l < 12; l++) labels.add("L" + l);
        List<Example> examples = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            List<String> words = new ArrayList<>();
            Set<String> gold = new java.util.HashSet<>();
            for (int w = 0; w < 60; w++) words.add("w" + random.nextInt(400));
            for (String label : labels) {
                if (random.nextInt(4) == 0) {
                    gold.add(label);
                    words.add(label.toLowerCase(java.util.Locale.ROOT));
                }
            }
            examples.add(new Example("a" + i / 3, SPACE.vector(new double[] {random.nextGaussian()}, words), gold));
        }

        LinearModel first = OneVsRest.fit("test", "en", SPACE, examples, labels, 1.0, 7, Map.of());
        for (int run = 0; run < 3; run++) {
            LinearModel again = OneVsRest.fit("test", "en", SPACE, examples, labels, 1.0, 7, Map.of());
            assertThat(again.labels()).usingRecursiveFieldByFieldElementComparator().containsExactlyElementsOf(first.labels());
        }
    }

    @Test
    void foldsKeepEachArticleTogether() {
        List<Example> examples = examples(5, 60);
        int[] folds = Folds.assign(examples, 4, 11);
        Map<String, Integer> foldOf = new java.util.HashMap<>();
        for (int i = 0; i < folds.length; i++) {
            Integer before = foldOf.putIfAbsent(examples.get(i).group(), folds[i]);
            if (before != null) assertThat(folds[i]).isEqualTo(before);
        }
        assertThat(java.util.Arrays.stream(folds).distinct().count()).isEqualTo(4);
    }
}
