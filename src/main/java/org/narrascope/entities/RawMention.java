package org.narrascope.entities;

/**
 * One entity mention as NER found it, before resolution.
 *
 * @param type        person, organization or place
 * @param country     the country a name, demonym or acting capital stands for, or null
 * @param acronymOf   for "Long Name (LN)" or "Name (or Other Name)", on the first name's mention: the form given in parentheses
 * @param actor       the mention acts in its sentence (a subject, a possessor, the agent of a passive)
 * @param demonym     a demonym naming an actor ("the Ostrelians") whose country is not in the data file yet
 */
record RawMention(String article, String text, String type, int start, int end, String country, String acronymOf,
        boolean actor, boolean demonym) {

    /** A name a line break wraps is written with a space ("Pennick Harbour\nAuthority"). */
    RawMention {
        text = text.replaceAll("\\s+", " ");
    }

    RawMention withType(String newType) {
        return new RawMention(article, text, newType, start, end, country, acronymOf, actor, demonym);
    }

    RawMention withCountry(String name, String countryType) {
        return new RawMention(article, text, countryType, start, end, name, acronymOf, actor, false);
    }
}
