package org.narrascope.ingest.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PageHeaderTest {

    private final PageHeader header = new PageHeader();

    @Test
    void bylineVariants() {
        assertThat(read("Title", "By ANA DE LA CRUZ and LI WEI*", "Body text of the story.").byline())
                .isEqualTo("Ana de la Cruz and Li Wei");
        assertThat(read("Title", "Written by: Tomas Weller | Harbour Watch | 4 March 2030", "Body.").byline())
                .isEqualTo("Tomas Weller");
        assertThat(read("Title", "Автор: Ольга Петрова", "Текст.").byline()).isEqualTo("Ольга Петрова");
    }

    @Test
    void aStaffCreditIsABylineThatNamesTheOutlet() {
        PageHeader.Result r = read("Title", "By a staff writer, The Harbour Standard", "Body text of the story.");

        assertThat(r.byline()).isEqualTo("a staff writer");
        assertThat(r.outlet()).isEqualTo("The Harbour Standard");
        assertThat(r.body()).containsExactly("Body text of the story.");
        assertThat(read("Title", "By a wide margin, voters rejected the plan.", "Body.").byline()).isNull();
    }

    @Test
    void aBylinesOutletAfterTheNamesOrTheirRoleIsTheOutlet() {
        assertThat(credit("By Ines Marr and Olek Brandt, Tidewatch | 24 October")).containsExactly("Ines Marr and Olek Brandt", "Tidewatch");
        assertThat(credit("By Olek Brandt, chief football writer, Harbour Sport Daily")).containsExactly("Olek Brandt", "Harbour Sport Daily");
        assertThat(credit("By Olek Brandt, chief football writer")).containsExactly("Olek Brandt", null);
    }

    @Test
    void anOutletInAFieldOfItsOwnIsTheOutletAndARoleIsNoName() {
        assertThat(credit("By Mira Sallo, Chief Reporter | The Evening Lantern | Monday 3 March")).containsExactly("Mira Sallo", "The Evening Lantern");
        assertThat(credit("By Mira Sallo, Energy Correspondent | Harbour Business Daily | 3 March")).containsExactly("Mira Sallo", "Harbour Business Daily");
        assertThat(credit("Written by: Tomas Weller | Harbour Watch | 4 March 2030")).containsExactly("Tomas Weller", "Harbour Watch");
        assertThat(credit("By Mira Sallo | Politics | 3 March 2031")).containsExactly("Mira Sallo", null);
    }

    /** The byline and the outlet a credit line under a title gives. */
    private List<String> credit(String line) {
        PageHeader.Result r = read("Title", line, "Body text of the story.");
        return java.util.Arrays.asList(r.byline(), r.outlet());
    }

    @Test
    void sentencesStartingWithByAreNotBylines() {
        PageHeader.Result r = read("Title", "By the end of the day, the toll had risen to nine.", "More text.");

        assertThat(r.byline()).isNull();
        assertThat(r.body()).contains("By the end of the day, the toll had risen to nine.");
    }

    @Test
    void sectionLabelsAreNotBylines() {
        assertThat(read("Title", "World News", "Body.").byline()).isNull();
        assertThat(read("Title", "Breaking Update", "Body.").body()).contains("Breaking Update");
    }

    @Test
    void datelineWithOutletGivesTheDate() {
        assertThat(read("Title", "Priya Ostrander", "16 May 2031 | Harbour Institute | Commentary", "Body.").published())
                .isEqualTo("2031-05-16");
    }

    @Test
    void creditSentencesInOneLineAreAllRead() {
        PageHeader.Result r = read("Title", "Body of the piece, long enough to be a paragraph of its own.",
                "Translated from the Portuguese and abridged by Harbour Watch. The full column first appeared on the blog Tidewater.");

        assertThat(r.translator()).isEqualTo("Harbour Watch");
        assertThat(r.provenance()).isEqualTo("The full column first appeared on the blog Tidewater");
        assertThat(r.body()).containsExactly("Body of the piece, long enough to be a paragraph of its own.");
    }

    @Test
    void creditsInOtherScriptsAreRead() {
        PageHeader.Result r = read("Заголовок", "Текст статьи, достаточно длинный, чтобы быть абзацем.",
                "Впервые опубликовано в журнале «Гавань».");

        assertThat(r.provenance()).isEqualTo("Впервые опубликовано в журнале «Гавань»");
        assertThat(read("Заголовок", "Автор: Ольга Петрова и Иван Ким", "Текст.").byline()).isEqualTo("Ольга Петрова и Иван Ким");
    }

    @Test
    void knownTitleIsNotRepeatedFromTheFirstLine() {
        PageHeader.Result r = header.read(List.of("Ferry strike: day 15", "Body."), "Ferry strike — day 15");

        assertThat(r.title()).isEqualTo("Ferry strike — day 15");
        assertThat(r.body()).containsExactly("Body.");
    }

    private PageHeader.Result read(String... paragraphs) {
        return header.read(List.of(paragraphs), null);
    }
}
