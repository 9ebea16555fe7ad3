package org.narrascope;

import java.util.List;
import java.util.function.Consumer;
import org.narrascope.claims.Claims;
import org.narrascope.entities.Entities;
import org.narrascope.ingest.IngestResult;
import org.narrascope.model.Analysis;
import org.narrascope.model.Entity;
import org.narrascope.nlp.Annotations;
import org.narrascope.reuse.ReuseDetector;
import org.narrascope.versions.EventVersions;

/**
 * The stages after ingest, in order, for every front end (CLI, evaluations): reuse, then one
 * CoreNLP annotation per article shared by entities and claims, then the versions of the event.
 */
public final class AnalysisPipeline {

    private AnalysisPipeline() {
    }

    /** @param embeddings use the sentence-embedding model in reuse detection */
    public static Analysis analyze(IngestResult read, boolean embeddings) {
        return analyze(read, embeddings, false, note -> { });
    }

    /**
     * @param deep  add coreference to the language analysis (pronouns resolved to entities; slower)
     * @param notes receives one line on the language analysis's throughput
     */
    public static Analysis analyze(IngestResult read, boolean embeddings, boolean deep, Consumer<String> notes) {
        ReuseDetector.Result reuse = new ReuseDetector(embeddings).detect(read.articles());
        Annotations annotations = Annotations.of(read.articles(), deep);
        notes.accept(annotations.throughput());
        List<Entity> entities = Entities.find(read.articles(), annotations);
        EventVersions.Result versions = EventVersions.of(Claims.find(read.articles(), annotations, entities), entities);
        return new Analysis(read.articles(), reuse.links(), reuse.families(), entities, versions.claims(),
                versions.questions(), read.skipped());
    }
}
