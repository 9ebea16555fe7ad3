package org.narrascope.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LanguageIdentifierTest {

    private final LanguageIdentifier identifier = new LanguageIdentifier(LanguageIdentifier.DEFAULT_LANGUAGES);

    @Test
    void namesTheLanguageOfNewsParagraphs() {
        assertThat(identifier.identify("The harbour master said the channel would reopen to large ships next week.")).isEqualTo("en");
        assertThat(identifier.identify("Капитан порта заявил, что канал вновь откроется для крупных судов на следующей неделе.")).isEqualTo("ru");
        assertThat(identifier.identify("Капітан порту заявив, що канал знову відкриють для великих суден наступного тижня.")).isEqualTo("uk");
        assertThat(identifier.identify("O capitão do porto disse que o canal voltará a abrir para grandes navios na próxima semana.")).isEqualTo("pt");
        assertThat(identifier.identify("Der Hafenmeister sagte, der Kanal werde nächste Woche wieder für große Schiffe geöffnet.")).isEqualTo("de");
    }

    @Test
    void tooLittleTextIsUndetermined() {
        assertThat(identifier.identify("OK 12")).isEqualTo("und");
    }

    @Test
    void onlyTheConfiguredLanguagesAreCandidates() {
        LanguageIdentifier englishOrFrench = new LanguageIdentifier(java.util.List.of("en", "fr"));

        assertThat(englishOrFrench.identify("Le capitaine du port a dit que le canal rouvrirait la semaine prochaine.")).isEqualTo("fr");
        assertThatThrownBy(() -> new LanguageIdentifier(java.util.List.of("en", "xx")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'xx'");
    }
}
