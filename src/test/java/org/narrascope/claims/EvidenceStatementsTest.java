package org.narrascope.claims;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What documents and recordings show, in the article's voice, however the parser reads the sentence. */
class EvidenceStatementsTest {

    @Test
    void documentsObtainedOrSeenAndWhatTheyShowAreTheArticlesStatements() {
        InventedArticle report = InventedArticle.of("d1", "Dam failure at Corve\n\n"
                + "The Corve dam failed on Monday, flooding three villages. "
                + "Inspection reports show seepage was recorded in the dam's lower wall in January and not repaired. "
                + "Maintenance logs obtained by the Herald show that two of the four pumps had been out of service since March.");

        assertThat(report.said("Inspection reports show", "Maintenance logs")).containsExactly("statement asserts -", "statement asserts -");
    }

    @Test
    void videoFilmedByPassersByShowsWhatTheArticleStates() {
        InventedArticle report = InventedArticle.of("d3", "Dam failure at Corve\n\n"
                + "The Corve dam failed on Monday, flooding three villages. "
                + "Video filmed by passers-by showed the spillway gates closed as the water rose.");

        assertThat(report.said("Video filmed")).containsExactly("statement asserts -");
    }

    @Test
    void documentsShowingRepairsPostponedCharge() {
        InventedArticle report = InventedArticle.of("d2", "Dam failure at Corve\n\n"
                + "The Corve dam failed on Monday, flooding three villages. "
                + "Documents seen by this newspaper reveal that the operator postponed repairs twice.");

        assertThat(report.said("postponed repairs")).containsExactly("accusation asserts -");
    }
}
