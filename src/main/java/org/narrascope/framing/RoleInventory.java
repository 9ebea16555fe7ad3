package org.narrascope.framing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.narrascope.learn.LabelTexts;

/**
 * The framing roles of SemEval-2025 Task 10 (three main roles, 22 fine roles under them) with the
 * texts that describe each fine role, read from {@code roles.tsv}.
 */
public record RoleInventory(Map<String, String> mainOf, LabelTexts descriptions) {

    private static final String ROLE = "role";

    public static RoleInventory shipped() {
        LabelTexts all = LabelTexts.resource(RoleInventory.class, "roles.tsv");
        Map<String, String> mainOf = new LinkedHashMap<>();
        for (String entry : all.of(ROLE)) {
            String[] parts = entry.split("\t");
            if (parts.length != 2) throw new IllegalStateException("roles.tsv: expected 'role<TAB>Main<TAB>Fine', got: " + entry);
            mainOf.put(parts[1].strip(), parts[0].strip());
        }
        Map<String, List<String>> texts = new LinkedHashMap<>(all.texts());
        texts.remove(ROLE);
        return new RoleInventory(mainOf, new LabelTexts(texts));
    }

    public List<String> mainRoles() {
        return mainOf.values().stream().distinct().toList();
    }

    public List<String> fineRoles() {
        return List.copyOf(mainOf.keySet());
    }

    public List<String> fineRoles(String main) {
        List<String> out = new ArrayList<>();
        mainOf.forEach((fine, m) -> {
            if (m.equals(main)) out.add(fine);
        });
        return out;
    }
}
