package org.narrascope;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.narrascope.claims.TypeAndStance;
import org.narrascope.claims.Claims;
import org.narrascope.claims.UnnamedSources;
import org.narrascope.entities.Entities;
import org.narrascope.ingest.IngestResult;
import org.narrascope.framing.Framing;
import org.narrascope.framing.FramingClassifier;
import org.narrascope.model.Analysis;
import org.narrascope.model.Article;
import org.narrascope.model.Claim;
import org.narrascope.model.Entity;
import org.narrascope.model.Narrative;
import org.narrascope.model.Role;
import org.narrascope.model.Technique;
import org.narrascope.narratives.NarrativeClassifier;
import org.narrascope.narratives.Narratives;
import org.narrascope.narratives.Taxonomy;
import org.narrascope.nlp.Annotations;
import org.narrascope.reuse.ReuseDetector;
import org.narrascope.techniques.SpanTagger;
import org.narrascope.techniques.SpanTechniques;
import org.narrascope.techniques.TechniqueDetector;
import org.narrascope.techniques.Techniques;
import org.narrascope.versions.EventVersions;

/**
 * The stages after ingest, in order, for every front end (CLI, evaluations): reuse, then one
 * CoreNLP annotation per article shared by entities and claims, then the versions of the event,
 * then framing roles, narratives and persuasion techniques.
 */
public final class AnalysisPipeline {

    private AnalysisPipeline() {
    }

    /** Stages that need the sentence-embedding model and are left out without it. */
    public static final List<String> EMBEDDING_STAGES = List.of("roles", "narratives", "techniques");

    /**
     * @param embeddings use the sentence-embedding model in reuse detection, and for roles, narratives and techniques,
     *                   which are not run without it (claims' types and stances always read their sentence's embedding)
     */
    public static Analysis analyze(IngestResult read, boolean embeddings) {
        return analyze(read, embeddings, false, Taxonomy.shipped(), note -> { });
    }

    /**
     * @param deep     add coreference to the language analysis (pronouns resolved to entities; slower)
     * @param taxonomy the narratives to look for: the shipped taxonomies and any the user added
     * @param notes    receives one line on the language analysis's throughput, and one for each article whose claims could
     *                 not be read (the others keep theirs)
     */
    public static Analysis analyze(IngestResult read, boolean embeddings, boolean deep, Taxonomy taxonomy, Consumer<String> notes) {
        return analyze(read, embeddings, deep, taxonomy, notes, TypeAndStance.shipped());
    }

    /** @param claimTypes the second opinion on the rules' claim types (evaluations pass models that never saw the article) */
    public static Analysis analyze(IngestResult read, boolean embeddings, boolean deep, Taxonomy taxonomy, Consumer<String> notes,
                                   UnaryOperator<List<Claim>> claimTypes) {
        List<Article> articles = read.articles();
        ReuseDetector.Result reuse = new ReuseDetector(embeddings).detect(articles);
        Annotations annotations = Annotations.of(articles, deep);
        notes.accept(annotations.throughput());
        List<Entity> named = Entities.find(articles, annotations);
        EventVersions.Result versions = EventVersions.of(articles, reuse.families(), claimTypes.apply(Claims.find(articles, annotations, named, notes)), named);
        // unnamed sources speak, but they answer no question and play no role in the story
        UnnamedSources.Sourced sourced = UnnamedSources.name(articles, versions.claims(), named);
        if (!embeddings) {
            return new Analysis(articles, reuse.links(), reuse.families(), sourced.entities(), sourced.claims(), versions.events(), versions.questions(),
                    List.of(), List.of(), List.of(), EMBEDDING_STAGES, read.skipped());
        }
        List<Role> roles = Framing.find(articles, named, FramingClassifier.standard());
        List<Narrative> narratives = Narratives.find(articles, NarrativeClassifier.standard(taxonomy));
        List<Technique> techniques = Techniques.find(articles, TechniqueDetector.standard(), SpanTagger.standard(), SpanTechniques.standard());
        return new Analysis(articles, reuse.links(), reuse.families(), sourced.entities(), sourced.claims(), versions.events(), versions.questions(),
                roles, narratives, techniques, List.of(), read.skipped());
    }
}
