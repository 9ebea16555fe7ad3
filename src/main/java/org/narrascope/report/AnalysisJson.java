package org.narrascope.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.narrascope.Version;
import org.narrascope.model.Analysis;

/**
 * Writes {@code analysis.json} as the v1 contract describes (see README). Every contract array is
 * present; those of stages this run left out are empty and named under {@code stages.notRun}, so a
 * reader can tell "found nothing" from "did not look".
 */
public final class AnalysisJson {

    /** Stages of the contract, in order. */
    public static final List<String> STAGES = List.of("articles", "reuse", "families", "entities", "claims", "events", "questions",
            "roles", "narratives", "techniques");

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .setSerializationInclusion(JsonInclude.Include.ALWAYS)
            .enable(SerializationFeature.INDENT_OUTPUT);

    private AnalysisJson() {
    }

    public static ObjectNode toTree(Analysis analysis) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("schema", Analysis.SCHEMA);
        root.put("generator", "narrascope " + Version.current());
        ObjectNode stages = root.putObject("stages");
        STAGES.stream().filter(st -> !analysis.notRun().contains(st)).forEach(stages.putArray("built")::add);
        analysis.notRun().forEach(stages.putArray("notRun")::add);
        root.set("articles", MAPPER.valueToTree(analysis.articles()));
        root.set("reuse", MAPPER.valueToTree(analysis.reuse()));
        root.set("families", MAPPER.valueToTree(analysis.families()));
        root.set("entities", MAPPER.valueToTree(analysis.entities()));
        root.set("claims", MAPPER.valueToTree(analysis.claims()));
        root.set("events", MAPPER.valueToTree(analysis.events()));
        root.set("questions", MAPPER.valueToTree(analysis.questions()));
        root.set("roles", MAPPER.valueToTree(analysis.roles()));
        root.set("narratives", MAPPER.valueToTree(analysis.narratives()));
        root.set("techniques", MAPPER.valueToTree(analysis.techniques()));
        ArrayNode skipped = root.putArray("skipped");
        analysis.skipped().forEach(s -> skipped.addObject().put("source", s.source()).put("reason", s.reason()));
        return root;
    }

    public static String toJson(Analysis analysis) {
        try {
            return MAPPER.writeValueAsString(toTree(analysis)) + "\n";
        } catch (IOException e) {
            throw new IllegalStateException("analysis could not be serialised", e);
        }
    }

    public static void write(Analysis analysis, Path file) throws IOException {
        OutputFiles.writeAtomically(file, toJson(analysis));
    }
}
