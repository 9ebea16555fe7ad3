package org.narrascope.claims;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What has become of the people held over an invented warehouse fire is a statement of its own. */
class CustodyStatementsTest {

    @Test
    void chargesReleasesAndCustodyAreStatements() {
        InventedArticle wire = InventedArticle.of("c1", "Warehouse fire in Dellmoor\n\n"
                + "A fire destroyed a warehouse in Dellmoor on Friday, killing three workers. "
                + "Police detained the site manager and two guards on Saturday. "
                + "None has been charged. "
                + "The two guards were released on bail on Monday, Dellmoor Police said. "
                + "The manager was still in police custody on Tuesday.");

        assertThat(wire.said("None has been charged", "released on bail", "still in police custody"))
                .containsExactly("statement asserts -", "statement reports Dellmoor Police", "statement asserts -");
    }
}
