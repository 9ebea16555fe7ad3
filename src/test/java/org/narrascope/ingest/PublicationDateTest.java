package org.narrascope.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PublicationDateTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2030-02-21T07:45:00+01:00 | 2030-02-21T06:45:00Z",
        "Tue, 18 Feb 2030 09:00:00 GMT | 2030-02-18T09:00:00Z",
        "2030-02-21 | 2030-02-21",
        "March 3, 2030 | 2030-03-03",
        "3 March 2030 | 2030-03-03",
        "Mar. 3, 2030 | 2030-03-03",
        "March 3rd, 2030 | 2030-03-03",
        "1900000000 | 2030-03-17T17:46:40Z",
        "soon | ",
    })
    void normalizesCommonForms(String raw, String iso) {
        assertThat(PublicationDate.normalize(raw)).isEqualTo(iso);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Published: 3 March 2030 | 2030-03-03",
        "Updated March 3, 2030 at 10:15 a.m. EST | 2030-03-03",
        "Monday, March 3, 2030 | 2030-03-03",
        "The vote on 3 March 2030 was close | ",
    })
    void recognisesDateLines(String line, String iso) {
        assertThat(PublicationDate.fromDateLine(line)).isEqualTo(iso);
    }
}
