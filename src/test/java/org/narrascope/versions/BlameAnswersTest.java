package org.narrascope.versions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.narrascope.Fixtures;
import org.narrascope.claims.Claims;
import org.narrascope.entities.Entities;
import org.narrascope.model.Article;
import org.narrascope.model.Claim;
import org.narrascope.model.Entity;
import org.narrascope.model.Question;
import org.narrascope.nlp.Annotations;

/**
 * Who is responsible, on a report, an op-ed and a wire story about one attack (fixtures/blame): a venue, a region
 * in a definition and the place recruits come from are no answers; a branch named after its province
 * is one entity however it is spelt; "the likelihood of this was shattered" disputes the answer before it;
 * "X were created by the US, she claimed" reports the spokeswoman's answer.
 */
class BlameAnswersTest {

    private static List<Entity> entities;
    private static Map<String, Question.Answer> answers;
    private static Map<String, String> fileOf;
    private static List<Claim> claims;

    @BeforeAll
    static void analyse() {
        List<Article> articles = Fixtures.ingest(Fixtures.folder("blame")).articles();
        Annotations annotations = Annotations.of(articles);
        entities = Entities.find(articles, annotations);
        var versions = EventVersions.of(Claims.find(articles, annotations, entities), entities);
        claims = versions.claims();
        Question who = versions.questions().get(0);
        assertThat(who.text()).isEqualTo("who is responsible for the event?");
        answers = who.answers().stream().collect(Collectors.toMap(Question.Answer::entity, a -> a));
        fileOf = articles.stream().collect(Collectors.toMap(Article::id, a -> a.source().replaceAll(".*/|_.*", "")));
    }

    @Test
    void onlyActorsAnswerWhoIsResponsible() {
        assertThat(answers.keySet()).containsExactlyInAnyOrder(entity("NFTP").id(), entity("Kestria").id(), entity("United States").id(),
                entity("Dornland Liberation Army").id());
    }

    @Test
    void aBranchNamedAfterItsProvinceIsOneEntityApartFromItsOrganisation() {
        Entity branch = entity("NFTP");
        assertThat(forms(branch)).contains("Northern Front of Talvor Province", "Wilayat Talvar", "NF of Talvor");
        assertThat(forms(entity("NF"))).containsExactlyInAnyOrder("NF", "Northern Front");
    }

    @Test
    void eachAnswerHasTheArticlesThatAssertReportAndDisputeIt() {
        Question.Answer branch = answers.get(entity("NFTP").id());
        assertThat(files(branch.assertedBy())).containsExactly("01");
        assertThat(files(branch.reportedBy())).containsExactlyInAnyOrder("01", "02");
        assertThat(branch.disputedBy()).isEmpty();
        Question.Answer kestria = answers.get(entity("Kestria").id());
        assertThat(kestria.assertedBy()).isEmpty();
        assertThat(files(kestria.disputedBy())).containsExactly("01");
        assertThat(files(kestria.reportedBy())).containsExactly("01");
        Question.Answer intended = answers.get(entity("Dornland Liberation Army").id());
        assertThat(intended.assertedBy()).as("what someone will want to show is theirs, not the article's").isEmpty();
        assertThat(files(intended.reportedBy())).containsExactly("01");
    }

    @Test
    void aCulpritNamedByAnAbbreviationInAParentheticalClaimIsTheSpeakers() {
        Question.Answer us = answers.get(entity("United States").id());
        assertThat(entity("United States").aliases()).contains("US");
        assertThat(us.assertedBy()).isEmpty();
        assertThat(files(us.reportedBy())).containsExactly("03");
        Claim created = claims.stream().filter(c -> us.claims().contains(c.id())).findFirst().orElseThrow();
        assertThat(entity("Dana Merrow").id()).as("not the person named in her quotation").isEqualTo(created.speaker());
    }

    /** The entity with this name among its forms (which form is its name depends on counts). */
    private static Entity entity(String form) {
        return entities.stream().filter(e -> forms(e).contains(form)).findFirst().orElseThrow(() -> new AssertionError("no entity " + form));
    }

    private static List<String> forms(Entity e) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(e.name()), e.aliases().stream()).toList();
    }

    private static List<String> files(List<String> articleIds) {
        return articleIds.stream().map(fileOf::get).toList();
    }
}
