package org.narrascope.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import org.junit.jupiter.api.Test;
import org.narrascope.model.Claim;

/** Causes of an invented mill explosion given in words the responsibility cues did not know. */
class CausesTest {

    @Test
    void whatTriggeredSetOffOrLedToTheExplosionIsItsCause() {
        InventedArticle report = InventedArticle.of("m1", "Explosion at Carrow mill\n\n"
                + "An explosion at the Carrow flour mill killed six workers on Friday. "
                + "Investigators said a gas leak triggered the explosion. "
                + "An engineer said the blast resulted from a build-up of flour dust. "
                + "Police believe the blast was set off by a timer. "
                + "The union said understaffing led to the accident.");

        assertThat(report.claims()).filteredOn(c -> !c.type().equals("quantity")).extracting(Claim::type, Claim::stance)
                .containsExactly(tuple("responsibility", "reports"), tuple("responsibility", "reports"), tuple("responsibility", "reports"),
                        tuple("responsibility", "reports"));
    }

    @Test
    void officialsAttributingTheExplosionToANamedGroupBlameThatGroup() {
        InventedArticle report = InventedArticle.of("m2", "Explosion at Carrow mill\n\n"
                + "An explosion at the Carrow flour mill killed six workers on Friday. "
                + "Officials attributed the explosion to a cyber attack by the group Red Lantern. "
                + "The ministry said the hackers were working for the Karvian intelligence service. "
                + "The figure of six, attributed to the mill's owners, has not been confirmed.");

        assertThat(report.claims()).filteredOn(c -> c.text().contains("attributed the explosion")).extracting(Claim::type, c -> report.name(c.subject()))
                .containsExactly(tuple("responsibility", "Red Lantern"));
        assertThat(report.said("working for")).containsExactly("responsibility reports -");
        assertThat(report.said("figure of six")).doesNotContain("responsibility reports -", "responsibility asserts -");
    }

    @Test
    void evidenceThatPointsAGunmanWhoActedAloneAndAnExplanationForWhatWasSeenAreCauses() {
        InventedArticle report = InventedArticle.of("m3", "Explosion at Carrow mill\n\n"
                + "An explosion at the Carrow flour mill killed six workers on Friday. "
                + "Fire officer Lena Dorsk says the scorch pattern points to the drying room. "
                + "The regional police spoke of a lone attacker. "
                + "A broken valve was leaking gas all week, which may explain the smell that neighbours noticed.");

        assertThat(report.said("points to", "lone attacker", "may explain")).containsExactly("responsibility reports Lena Dorsk",
                "responsibility reports -", "responsibility asserts -");
    }
}
