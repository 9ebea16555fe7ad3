package org.narrascope.entities;

/**
 * One entity mention as NER found it, before resolution.
 *
 * @param type        person, organization or place
 * @param country     the country a name or demonym stands for, from the data file, or null
 * @param acronymOf   for "Long Name (LN)", on the long name's mention: the acronym given for it
 */
record RawMention(String article, String text, String type, int start, int end, String country, String acronymOf) {
}
