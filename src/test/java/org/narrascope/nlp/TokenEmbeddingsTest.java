package org.narrascope.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import org.junit.jupiter.api.Test;

class TokenEmbeddingsTest {

    private final TokenEmbeddings encoder = TokenEmbeddings.shared();

    private float[] of(String text, String span) {
        int start = text.indexOf(span);
        return encoder.span(text, start, start + span.length());
    }

    @Test
    void aNameReadsDifferentlyAsAttackerAndAsVictim() {
        float[] attacker = of("The militia shelled the village and burned its fields.", "militia");
        float[] attackerAgain = of("The militia bombed the town and looted its shops.", "militia");
        float[] victim = of("Soldiers shot at the militia as its members fled the village.", "militia");

        assertThat(norm(attacker)).isCloseTo(1f, offset(1e-4f));
        assertThat(SentenceEmbeddings.cosine(attacker, victim)).isLessThan(0.999f);
        assertThat(SentenceEmbeddings.cosine(attacker, attackerAgain)).isGreaterThan(SentenceEmbeddings.cosine(attacker, victim));
    }

    @Test
    void aSpanFarIntoALongTextIsStillRead() {
        String filler = "The committee met again on Tuesday to discuss the budget. ".repeat(60);
        String text = filler + "The governor praised the volunteers.";
        float[] far = of(text, "volunteers");

        assertThat(norm(far)).isCloseTo(1f, offset(1e-4f));
    }

    @Test
    void aSpanWithNoTokensGivesZeros() {
        assertThat(norm(encoder.span("Short text.", 40, 45))).isZero();
    }

    private static float norm(float[] v) {
        return (float) Math.sqrt(SentenceEmbeddings.cosine(v, v));
    }
}
