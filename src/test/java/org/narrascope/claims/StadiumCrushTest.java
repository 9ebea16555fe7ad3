package org.narrascope.claims;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A column on an invented stadium crush: a witness charging the police with tear gas, and a ministry calling the videos fakes. */
class StadiumCrushTest {

    @Test
    void tearGasFiredIntoTheStandChargesAndCallingTheVideosFakesDenies() {
        InventedArticle column = InventedArticle.of("s1", "Castor Stadium: the story does not add up\n\n"
                + "Six people died at Castor Stadium. A steward, Ilya Brenn, said officers fired tear gas into the north stand minutes "
                + "before the crush began. The Interior Ministry calls those videos fakes.");

        assertThat(column.said("fired tear gas")).containsExactly("accusation reports Ilya Brenn");
        assertThat(column.said("calls those videos fakes")).containsExactly("denial denies Interior Ministry");
    }
}
