package org.narrascope.ingest.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The cleaning steps one by one, on short made-up pages. */
class TextCleanerTest {

    private final TextCleaner cleaner = TextCleaner.standard();

    @Test
    void shareRowsGoButASentenceNamingANetworkStays() {
        List<String> out = cleaner.clean("""
                Title line here
                Facebook
                Twitter
                Share on LinkedIn
                Facebook · X · Reddit · 12 shares
                The ministry said it would ask Facebook and Twitter to remove the video.
                Telegram""");

        assertThat(out).containsExactly("Title line here",
                "The ministry said it would ask Facebook and Twitter to remove the video.", "Telegram");
    }

    @Test
    void bannersGoOnlyWhenShort() {
        String longParagraph = "The newsletter, which readers could sign up for newsletter updates, became the subject of "
                + "a court case when the publisher argued that its subscribers had agreed to share their data with "
                + "advertisers, a claim that the regulator rejected after an inquiry lasting almost two years in total.";
        List<String> out = cleaner.clean("""
                Sign up for the Morning Digest newsletter
                %s
                Support our journalism today — make a donation.
                Continue reading
                """.formatted(longParagraph));

        assertThat(out).containsExactly(longParagraph);
    }

    @Test
    void aPollWallInsideTheArticleGoes() {
        List<String> out = cleaner.clean("""
                The council approved the budget on Monday.
                take our poll - story continues below
                Completing this poll grants you access to Harbour Courier updates free of charge.
                You may opt out at anytime.
                You also agree to this site's Privacy Policy and Terms of Use.
                The vote was seven to two.
                """);

        assertThat(out).containsExactly("The council approved the budget on Monday.", "The vote was seven to two.");
    }

    @Test
    void hardWrappedBlocksAreJoinedButLinePerParagraphTextIsKept() {
        List<String> wrapped = cleaner.clean("""
                The regional assembly voted late on Thursday to fund a new
                flood barrier at the mouth of the harbour, ending two years of
                argument over who should pay for it.

                Work is due to start in the spring.""");
        List<String> perLine = cleaner.clean("""
                The regional assembly voted late on Thursday to fund a new flood barrier at the harbour mouth.
                Work is due to start in the spring, officials said after the vote ended.
                The barrier will cost 84 million crowns.""");

        assertThat(wrapped).containsExactly("The regional assembly voted late on Thursday to fund a new flood barrier at "
                + "the mouth of the harbour, ending two years of argument over who should pay for it.",
                "Work is due to start in the spring.");
        assertThat(perLine).hasSize(3);
    }

    @Test
    void titleOverBylineIsNotTakenForAWrappedParagraph() {
        assertThat(cleaner.clean("A long headline about the flood barrier vote\nPriya Ostrander\n\nBody."))
                .containsExactly("A long headline about the flood barrier vote", "Priya Ostrander", "Body.");
    }

    @Test
    void referenceLinksAndEscapesAreUndone() {
        assertThat(cleaner.clean("See [the report][1] and [the annex \\(draft\\)](#) now.\n[1]: https://example.org/r"))
                .containsExactly("See the report and the annex (draft) now.");
    }
}
