package org.narrascope.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.narrascope.Fixtures.invented;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.narrascope.model.Article;
import org.narrascope.model.Claim;

/**
 * A party one article blames, giving its account in another that does not say it is blamed, defends itself; but its own
 * statement, published whole, says what each line says: invented stadium fire.
 */
class DefenceAcrossArticlesTest {

    private static final String WIRE = "Stadium fire in Tarvel\n\nA fire swept through the north stand of the Tarvel stadium on Saturday, killing nine fans. "
            + "Supporters' groups blamed the Tarvel City Police for firing tear gas into the crowd.";
    private static final String EXPLAINER = "Tarvel stadium fire: what we know\n\nNine fans died in the fire at the Tarvel stadium on Saturday. "
            + "The Tarvel City Police said officers fired gas only at rioters outside the ground.";

    @Test
    void theBlamedPartysAccountElsewhereIsItsDenial() {
        assertThat(claimsOn("only at rioters", invented("w", WIRE), invented("e", EXPLAINER))).extracting(Claim::type, Claim::stance)
                .containsExactly(tuple("denial", "denies"));
    }

    @Test
    void readAloneTheSameAccountIsAStatement() {
        assertThat(claimsOn("only at rioters", invented("e", EXPLAINER))).extracting(Claim::type, Claim::stance)
                .containsExactly(tuple("statement", "reports"));
    }

    @Test
    void griefIsNoDefence() {
        Article grief = invented("g", "Stadium fire: the toll\n\nNine fans died in the fire at the Tarvel stadium on Saturday. "
                + "The Tarvel City Police said they were deeply saddened by the deaths.");
        assertThat(claimsOn("saddened", invented("w", WIRE), grief)).extracting(Claim::type, Claim::stance)
                .containsExactly(tuple("statement", "reports"));
    }

    @Test
    void mourningDeclaredByAPartyBlamedInTheSameArticleIsNoDefence() {
        Article wire = invented("m", "Stadium fire in Tarvel\n\nA fire swept through the north stand of the Tarvel stadium on Saturday, killing "
                + "nine fans. Supporters' groups blamed Mayor Oskar Lind, who had closed two exits to save money. "
                + "Lind declared Sunday a day of mourning.");
        assertThat(claimsOn("day of mourning", wire)).extracting(Claim::type, Claim::stance).containsExactly(tuple("statement", "reports"));
    }

    @Test
    void theBlamedPartysOwnPublishedStatementIsReadLineByLine() {
        Article statement = invented("s", "Statement of the Tarvel City Police on the fire at the Tarvel stadium\n\n"
                + "On Saturday at 21:40 a fire broke out in the north stand of the Tarvel stadium. "
                + "Investigative actions are being continued.");
        assertThat(claimsOn("Investigative actions", invented("w", WIRE), statement)).extracting(Claim::type, Claim::stance)
                .containsExactly(tuple("statement", "reports"));
        assertThat(claimsOn("a fire broke out", invented("w", WIRE), statement)).extracting(Claim::type).containsExactly("time");
    }

    private static List<Claim> claimsOn(String words, Article... corpus) {
        return InventedArticle.together(corpus).claims().stream().filter(c -> c.text().contains(words)).toList();
    }
}
