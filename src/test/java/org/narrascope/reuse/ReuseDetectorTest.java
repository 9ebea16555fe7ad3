package org.narrascope.reuse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.narrascope.Fixtures;
import org.narrascope.model.AlignedPassage;
import org.narrascope.model.Article;
import org.narrascope.model.ReuseKind;
import org.narrascope.model.ReuseLink;
import org.narrascope.model.StoryFamily;

/**
 * Reuse on the bundled examples, whose planted truth is in docs/examples-gold.md: an op-ed, its
 * trimmed English re-translation and its Russian translation; a wire story, its edited copy, a
 * verbatim trimmed repost and a rewrite in other words; and independent reports of the same event
 * that must stay unlinked.
 */
class ReuseDetectorTest {

    private static List<Article> articles;
    private static ReuseDetector.Result result;

    @BeforeAll
    static void detect() {
        articles = Fixtures.ingest(Path.of("examples")).articles();
        result = new ReuseDetector(true).detect(articles);
    }

    @Test
    void reTranslationIsLinkedAsTranslationCoveringMostOfIt() {
        ReuseLink link = link("01_oped", "02_oped");

        assertThat(link.kind()).isIn(ReuseKind.TRANSLATION, ReuseKind.PARAPHRASE);
        assertThat(link.coverageB()).isGreaterThan(0.8);
        assertThat(link.coverageA()).isBetween(0.3, 0.7);
    }

    @Test
    void russianTranslationIsFoundAcrossScripts() {
        ReuseLink link = link("01_oped", "03_oped");

        assertThat(link.kind()).isEqualTo(ReuseKind.TRANSLATION);
        assertThat(link.coverageB()).isGreaterThan(0.5);
    }

    @Test
    void editedWireCopyIsANearCopy() {
        ReuseLink link = link("04_wire", "05_ostravia_today.jsonl:1");

        assertThat(link.kind()).isEqualTo(ReuseKind.NEAR_COPY);
        assertThat(link.coverageA()).isGreaterThan(0.8);
        assertThat(link.coverageB()).isGreaterThan(0.9);
    }

    @Test
    void independentReportsOfTheSameEventAreNotLinked() {
        List<String> independent = List.of("05_ostravia_today.jsonl:2", "06_korvan", "07_analysis", "08_diplomacy");
        for (ReuseLink l : result.links()) {
            assertThat(source(l.a()) + " " + source(l.b())).as("unexpected link").doesNotContain(independent);
        }
        assertThat(result.links()).hasSize(9);
    }

    @Test
    void trimmedRepostIsVerbatimAndRewriteIsParaphrase() {
        ReuseLink repost = link("04_wire", "09_portal");
        ReuseLink rewrite = link("04_wire", "10_river");

        assertThat(repost.kind()).isEqualTo(ReuseKind.VERBATIM);
        assertThat(repost.coverageB()).isGreaterThan(0.95);
        assertThat(rewrite.kind()).isEqualTo(ReuseKind.PARAPHRASE);
        assertThat(rewrite.coverageB()).isGreaterThan(0.8);
    }

    @Test
    void familiesAndTheirOrigins() {
        assertThat(result.families()).hasSize(2);
        StoryFamily oped = family("01_oped");
        StoryFamily wire = family("04_wire");

        assertThat(oped.articles()).extracting(this::source).allMatch(s -> s.contains("_oped_"));
        assertThat(oped.articles()).hasSize(3);
        assertThat(source(oped.origin())).contains("01_oped");
        assertThat(wire.articles()).hasSize(4);
        assertThat(source(wire.origin())).as("the earliest of the articles not contained in another").contains("04_wire");
    }

    @Test
    void passagesPointIntoBothTextsAndHoldTheSameWords() {
        ReuseLink link = link("04_wire", "05_ostravia_today.jsonl:1");
        Map<String, Article> byId = articles.stream().collect(Collectors.toMap(Article::id, Function.identity()));
        assertThat(link.passages()).hasSizeGreaterThanOrEqualTo(2).as("the copy drops a paragraph");
        for (AlignedPassage p : link.passages()) {
            String a = byId.get(link.a()).text().substring(p.a().start(), p.a().end());
            String b = byId.get(link.b()).text().substring(p.b().start(), p.b().end());
            assertThat(firstWords(b)).isEqualTo(firstWords(a));
            assertThat(p.score()).isBetween(0.5, 1.0);
        }
        AlignedPassage first = link.passages().get(0);
        assertThat(byId.get(link.b()).text().substring(first.b().start(), first.b().end()))
                .contains("passenger terminal of the river port of Veldran");
    }

    @Test
    void verbatimAndTrimmedCopiesAreVerbatim() {
        Article wire = article("04_wire");
        String[] paragraphs = wire.text().split("\n\n");
        String trimmed = String.join("\n\n", List.of(paragraphs).subList(0, paragraphs.length / 2));
        List<Article> corpus = new ArrayList<>(articles);
        corpus.add(copy("copy", wire.text()));
        corpus.add(copy("trimmed", trimmed));

        List<ReuseLink> links = new ReuseDetector(false).detect(corpus).links();

        assertThat(between(links, wire.id(), "copy").kind()).isEqualTo(ReuseKind.VERBATIM);
        ReuseLink partial = between(links, wire.id(), "trimmed");
        assertThat(partial.kind()).isEqualTo(ReuseKind.VERBATIM);
        assertThat(partial.coverageB()).isGreaterThan(0.95);
        assertThat(partial.coverageA()).isLessThan(0.7);
    }

    private static String firstWords(String s) {
        return String.join(" ", List.of(s.toLowerCase().split("\\W+")).subList(0, 5));
    }

    private static Article copy(String id, String text) {
        return new Article(id, List.of(id), null, null, null, null, null, null, null, "en", 100, text);
    }

    private static ReuseLink between(List<ReuseLink> links, String a, String b) {
        return links.stream().filter(l -> l.a().equals(a) && l.b().equals(b) || l.a().equals(b) && l.b().equals(a))
                .findFirst().orElseThrow(() -> new AssertionError("no link " + a + " ~ " + b + " in " + links));
    }

    private ReuseLink link(String a, String b) {
        return between(result.links(), article(a).id(), article(b).id());
    }

    private StoryFamily family(String member) {
        String id = article(member).id();
        return result.families().stream().filter(f -> f.articles().contains(id)).findFirst().orElseThrow();
    }

    private static Article article(String sourcePart) {
        return articles.stream().filter(a -> a.source().contains(sourcePart)).findFirst()
                .orElseThrow(() -> new AssertionError("no example " + sourcePart));
    }

    private String source(String id) {
        return articles.stream().filter(a -> a.id().equals(id)).findFirst().map(Article::source).orElse("?");
    }
}
