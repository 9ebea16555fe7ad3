package org.narrascope.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How one article reuses another's text, from the most literal to the least. */
public enum ReuseKind {
    VERBATIM, NEAR_COPY, PARAPHRASE, TRANSLATION;

    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
