package org.narrascope.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.narrascope.learn.Example;
import org.narrascope.learn.LinearModel;
import org.narrascope.model.Claim;
import org.narrascope.model.Span;

/** The learnt second opinion on the rules' claim types and stances. */
class TypeAndStanceTest {

    /** Learnt from invented claims: the rules call every one a reported statement; the annotators did not, and left one kind of sentence without a claim. */
    private static final TypeAndStance MODEL = TypeAndStance.train(examples(), Map.of());

    private static List<Example> examples() {
        List<Claim> claims = new ArrayList<>();
        List<Set<String>> labels = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            claims.add(statement("a" + i, "Officials said soldiers shelled the market in Tervik " + i + "."));
            labels.add(Set.of("accusation", "reports"));
            claims.add(statement("b" + i, "Officials said the market in Tervik " + i + " reopened."));
            labels.add(Set.of("statement", "reports"));
            claims.add(statement("c" + i, "Nobody believes the story that the market in Tervik " + i + " reopened."));
            labels.add(Set.of("statement", "denies"));
            claims.add(statement("d" + i, "Officials said rebels burned the depot in Tervik " + i + ", killing 12 guards."));
            labels.add(Set.of("accusation", "quantity", "reports"));
            claims.add(statement("e" + i, "Officials said 12 guards were killed in Tervik " + i + "."));
            labels.add(Set.of("quantity", "reports"));
            claims.add(statement("f" + i, "This transcript of the Tervik " + i + " briefing has been edited for length."));
            labels.add(Set.of(TypeAndStance.NO_CLAIM));
        }
        return TypeAndStance.examples(claims, labels);
    }

    private static Claim statement(String article, String text) {
        return claim(article, text, "statement");
    }

    private static Claim claim(String article, String text, String type) {
        return new Claim(article + "-" + type, article, new Span(0, text.length()), text, "e1", "Officials", "reports", type, "e2", null, null);
    }

    @Test
    void aStatementThatBlamesBecomesAnAccusationWithoutTheRulesSubject() {
        Claim read = MODEL.apply(List.of(statement("new", "Officials said soldiers shelled the market in Osterlund."))).get(0);
        assertThat(read.type()).isEqualTo("accusation");
        assertThat(read.stance()).isEqualTo("reports");
        // the rules took the first party named, not the culprit: an accusation with that subject would answer "who is responsible?"
        assertThat(read.subject()).isNull();
    }

    @Test
    void aChargeAndAnAccountInWordsNoTrainingClaimUsedAreToldApart() {
        // no word the training claims use tells these apart, and "said the" begins only the training accounts: the sentence's
        // embedding reads them right
        Claim charge = MODEL.apply(List.of(statement("new", "Officials said the troops bombarded the bazaar in Osterlund."))).get(0);
        Claim account = MODEL.apply(List.of(statement("new", "Officials said shops in Osterlund opened their doors again."))).get(0);
        assertThat(charge.type()).isEqualTo("accusation");
        assertThat(account.type()).isEqualTo("statement");
    }

    @Test
    void aSentenceWithAChargeAndATollGivesAClaimOfEach() {
        List<Claim> read = MODEL.apply(List.of(statement("new", "Officials said rebels burned the depot in Tervik 99, killing 12 guards.")));
        assertThat(read).extracting(Claim::type).containsExactlyInAnyOrder("accusation", "quantity");
        assertThat(read).extracting(Claim::stance).containsOnly("reports");
        assertThat(read).extracting(Claim::id).doesNotHaveDuplicates();
    }

    @Test
    void aClaimOnASentenceLikeThoseTheAnnotatorsLeftWithoutOneIsDropped() {
        String account = "Officials said the market in Osterlund reopened.";
        List<Claim> read = MODEL.apply(List.of(statement("new", "This transcript of the Osterlund briefing has been edited for length."),
                statement("new2", account)));
        assertThat(read).extracting(Claim::text).containsExactly(account);
    }

    @Test
    void aClaimKeepsItsTypeWhenAnotherClaimOnTheSentenceHasTheLearntOne() {
        String text = "Officials said soldiers shelled the market in Osterlund.";
        List<Claim> read = MODEL.apply(List.of(statement("new", text), claim("new", text, "accusation")));
        assertThat(read).extracting(Claim::type).containsExactly("statement", "accusation");
    }

    @Test
    void theArticlesDoubtTurnsAReportIntoADispute() {
        Claim read = MODEL.apply(List.of(statement("new", "Nobody believes the story that the market in Osterlund reopened."))).get(0);
        assertThat(read.type()).isEqualTo("statement");
        assertThat(read.stance()).isEqualTo("denies");
        assertThat(read.subject()).isEqualTo("e2");
    }

    @Test
    void aPlainReportStaysAsTheRulesReadIt() {
        Claim plain = statement("new", "Officials said the market in Osterlund reopened.");
        assertThat(MODEL.apply(List.of(plain))).containsExactly(plain);
    }

    @Test
    void theShippedModelFitsTheFeatureLayout() {
        LinearModel shipped = LinearModel.shipped(TypeAndStance.class, TypeAndStance.SHIPPED_MODEL);
        assertThat(shipped).isNotNull();
        assertThat(shipped.task()).isEqualTo("claim-types");
        assertThat(TypeAndStance.shipped().model()).isNotNull();
    }
}
