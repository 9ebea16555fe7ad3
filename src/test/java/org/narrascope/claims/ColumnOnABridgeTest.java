package org.narrascope.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.narrascope.model.Claim;
import org.narrascope.model.Entity;

/**
 * An invented column on a bridge collapse: a neighbour NER takes for a person, a bridge it leaves untagged, and the
 * column's dismissal of the minister's saboteurs, which must not land on the bridge.
 */
class ColumnOnABridgeTest {

    private static InventedArticle column;

    @BeforeAll
    static void read() {
        column = InventedArticle.of("col", "Comment: the Selmer bridge did not fall by itself\n\n"
                + "Within a day of the Selmer bridge collapse, Transport Minister Erik Haldane blamed the collapse on saboteurs. "
                + "Nine days later, he has produced no saboteur, no explosive and no proof.\n\n"
                + "Brevonia denies any involvement, and for once its denial is more credible than the minister's story.");
    }

    @Test
    void aNeighbourShapedLikeACountryIsAPlaceAndTheBridgeIsALandmark() {
        assertThat(column.entities()).extracting(Entity::name, Entity::type).contains(tuple("Brevonia", "place"), tuple("Selmer bridge", "place"));
    }

    @Test
    void aBridgeIsNeverTheOneBlamedOrCleared() {
        assertThat(column.claims()).extracting(c -> column.name(c.subject())).doesNotContain("Selmer bridge");
        assertThat(column.claims()).filteredOn(c -> c.text().startsWith("Brevonia denies")).extracting(Claim::type, c -> column.name(c.subject()))
                .containsExactly(tuple("denial", "Brevonia"));
    }
}
