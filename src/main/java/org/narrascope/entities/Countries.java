package org.narrascope.entities;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.narrascope.DataFile;

/** The countries data file: other names, demonyms and capitals of each country, to one canonical name. */
public final class Countries {

    private final Map<String, String> byName = new HashMap<>();
    private final Map<String, String> byDemonym = new HashMap<>();
    private final Map<String, String> byCapital = new HashMap<>();
    private final Set<String> unions = new HashSet<>();
    /** Names written in capitals ("US", "U.K."), as written: unambiguous wherever they stand. */
    private final Map<String, String> abbreviations = new HashMap<>();

    public Countries() {
        for (String line : DataFile.lines(Countries.class, "countries.txt")) {
            String[] cols = line.split("\\|", -1);
            String canonical = cols[0].strip();
            byName.put(key(canonical), canonical);
            if (cols.length > 1) {
                for (String n : cols[1].split(",")) {
                    if (!n.isBlank()) byName.put(key(n), canonical);
                    if (n.strip().matches("[A-Z.]{2,}")) abbreviations.put(n.strip(), canonical);
                }
            }
            if (cols.length > 2) for (String d : cols[2].split(",")) if (!d.isBlank()) byDemonym.put(key(d), canonical);
            if (cols.length > 3) for (String c : cols[3].split(",")) if (!c.isBlank()) byCapital.put(key(c), canonical);
            if (canonical.contains("Union")) unions.add(canonical);
        }
    }

    /** The country this name stands for, or null. */
    public String byName(String name) {
        return byName.get(key(name));
    }

    /** The country a demonym stands for, or null. */
    public String byDemonym(String demonym) {
        return byDemonym.get(key(demonym));
    }

    /** The country a capital or seat of government stands for when it acts ("Washington said"), or null. */
    String byCapital(String name) {
        return byCapital.get(key(name));
    }

    /** Abbreviated names ("US", "U.K.") by how they are written, with their country. */
    Map<String, String> abbreviations() {
        return abbreviations;
    }

    String type(String canonical) {
        return unions.contains(canonical) ? "organization" : "place";
    }

    static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT).replaceFirst("^the\\s+", "").replace(".", "").replaceAll("\\s+", " ");
    }
}
