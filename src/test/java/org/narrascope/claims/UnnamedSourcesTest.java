package org.narrascope.claims;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.narrascope.AnalysisPipeline;
import org.narrascope.Fixtures;
import org.narrascope.report.AnalysisJson;

/** Sources an article quotes without naming them, as analysis.json shows them, in invented stories about a mine flood. */
class UnnamedSourcesTest {

    private static final String RECONSTRUCTION = "How the Dorrach mine flooded\n\n"
            + "Water broke into the lower gallery of the Dorrach mine at about 02:00 on Tuesday, "
            + "two mining officials who asked not to be named told the Courier. "
            + "The pumps had been switched off for repairs a week earlier, one of the officials said. "
            + "Nobody checked the seals, the officials said.\n\n"
            + "One miner, who was on the night shift, said the alarm sounded twenty minutes late. "
            + "Owner Grada Velkor said the company would pay for an independent inquiry.";
    private static final String WIRE = "Eleven rescued from flooded mine\n\n"
            + "Rescuers pulled eleven miners from the Dorrach mine on Wednesday, the Halvenian Mining Authority said. "
            + "The water rose in minutes, one miner said. "
            + "A teacher from Dorrach said the village school would stay closed all week.";

    private static JsonNode json;

    @BeforeAll
    static void analyse(@TempDir Path dir) throws IOException {
        Path in = dir.resolve("in");
        Fixtures.write(in.resolve("reconstruction.txt"), RECONSTRUCTION);
        Fixtures.write(in.resolve("wire.txt"), WIRE);
        json = new ObjectMapper().readTree(AnalysisJson.toJson(AnalysisPipeline.analyze(Fixtures.ingest(in), false)));
    }

    @Test
    void theWordsOfOneArticleForOneUnnamedSourceAreOneEntityWithTheWordsAsItsNames() {
        JsonNode officials = unnamed("reconstruction.txt", "officials");
        assertThat(officials.get("name").asText()).isEqualTo("two mining officials who asked not to be named");
        assertThat(texts(officials.get("aliases"))).contains("one of the officials", "the officials");
        assertThat(speakersOf("switched off for repairs")).containsExactly("two mining officials who asked not to be named");
        assertThat(speakersOf("Nobody checked the seals")).containsExactly("two mining officials who asked not to be named");
        // where the claims name them: the mentions' spans cover those words in the article
        String text = article("reconstruction.txt").get("text").asText();
        List<String> mentioned = new ArrayList<>();
        for (JsonNode m : officials.get("mentions")) mentioned.add(text.substring(m.get("span").get(0).asInt(), m.get("span").get(1).asInt()));
        assertThat(mentioned).contains("one of the officials", "the officials");
    }

    @Test
    void aSourceWithAnotherHeadIsAnotherSourceAndNoSourceIsTheSameInTwoArticles() {
        // (named with the clause that presents them where they first speak)
        assertThat(speakersOf("alarm sounded twenty minutes late")).containsExactly("One miner, who was on the night shift");
        assertThat(speakersOf("The water rose in minutes")).containsExactly("one miner");
        assertThat(unnamed("reconstruction.txt", "miner").get("id")).isNotEqualTo(unnamed("wire.txt", "miner").get("id"));
    }

    @Test
    void aPersonToldOfByWhereTheyAreIsAnUnnamedSourceNotThePlace() {
        assertThat(speakersOf("village school would stay closed")).containsExactly("A teacher from Dorrach");
        assertThat(unnamed("wire.txt", "teacher").get("type").asText()).isEqualTo(UnnamedSources.TYPE);
    }

    @Test
    void aNamedSpeakerStaysTheNamedEntity() {
        assertThat(speakersOf("independent inquiry")).containsExactly("Grada Velkor");
        assertThat(speakersOf("pulled eleven miners")).containsExactly("Halvenian Mining Authority");
    }

    /** The unnamed source in the article from {@code file} whose name contains {@code head}. */
    private static JsonNode unnamed(String file, String head) {
        String article = article(file).get("id").asText();
        for (JsonNode e : json.get("entities")) {
            if (e.get("type").asText().equals(UnnamedSources.TYPE) && e.get("name").asText().contains(head)
                    && e.get("mentions").get(0).get("article").asText().equals(article)) {
                return e;
            }
        }
        throw new AssertionError("no unnamed source '" + head + "' in " + file + ": " + json.get("entities"));
    }

    /** The names of the speakers of the claims whose text contains {@code words}. */
    private static List<String> speakersOf(String words) {
        Map<String, String> names = new HashMap<>();
        json.get("entities").forEach(e -> names.put(e.get("id").asText(), e.get("name").asText()));
        List<String> out = new ArrayList<>();
        for (JsonNode c : json.get("claims")) {
            if (c.get("text").asText().contains(words)) out.add(c.get("speaker").isNull() ? null : names.get(c.get("speaker").asText()));
        }
        return out.stream().distinct().toList();
    }

    private static JsonNode article(String file) {
        for (JsonNode a : json.get("articles")) if (a.get("source").asText().endsWith(file)) return a;
        throw new AssertionError("no article from " + file);
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
