package org.narrascope.narratives;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.narrascope.learn.LabelTexts;

/**
 * Narratives and their subnarratives with the texts that describe them. Labels are
 * {@code Domain: Narrative} and {@code Domain: Narrative: Subnarrative}; a subnarrative's parent is
 * the narrative its label starts with. The Ukraine-war (URW) and climate-change (CC) taxonomies
 * of SemEval-2025 Task 10 ship with Narrascope; users add their own files in the same format.
 */
public record Taxonomy(LabelTexts texts, Map<String, String> parents) {

    /** What an article that pushes none of the narratives gets, as in the shared task. */
    public static final String OTHER = "Other";
    private static final List<String> SHIPPED = List.of("urw.tsv", "cc.tsv");

    public static Taxonomy shipped() {
        List<LabelTexts> parts = new ArrayList<>();
        for (String name : SHIPPED) parts.add(LabelTexts.resource(Taxonomy.class, name));
        return of(parts);
    }

    /** The shipped taxonomies and the user's files. */
    public static Taxonomy withFiles(List<Path> files) throws IOException {
        List<LabelTexts> parts = new ArrayList<>();
        for (String name : SHIPPED) parts.add(LabelTexts.resource(Taxonomy.class, name));
        for (Path f : files) parts.add(LabelTexts.file(f));
        return of(parts);
    }

    private static Taxonomy of(List<LabelTexts> parts) {
        Map<String, List<String>> texts = new LinkedHashMap<>();
        for (LabelTexts p : parts) p.texts().forEach((label, t) -> texts.computeIfAbsent(label, k -> new ArrayList<>()).addAll(t));
        Map<String, String> parents = new HashMap<>();
        for (String label : texts.keySet()) {
            String parent = null;
            for (String other : texts.keySet()) {
                if (!other.equals(label) && label.startsWith(other + ": ") && (parent == null || other.length() > parent.length())) parent = other;
            }
            if (parent != null) parents.put(label, parent);
        }
        return new Taxonomy(new LabelTexts(texts), parents);
    }

    public List<String> labels() {
        return texts.labels();
    }

    public List<String> narratives() {
        return labels().stream().filter(l -> !parents.containsKey(l)).toList();
    }

    public List<String> subnarratives() {
        return labels().stream().filter(parents::containsKey).toList();
    }

    /** The narrative a subnarrative belongs to; null for a narrative. */
    public String parent(String label) {
        return parents.get(label);
    }
}
