package org.narrascope.reuse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.narrascope.model.Article;
import org.narrascope.model.ReuseLink;
import org.narrascope.model.StoryFamily;

/**
 * The reuse and provenance stage. Candidate pairs come from three searches that never compare all
 * pairs (MinHash-LSH for shared wording, the anchor index for translations and rewrites, HNSW
 * nearest neighbours of lead embeddings for paraphrases); each candidate is then aligned and
 * classified; linked articles form story families.
 */
public final class ReuseDetector {

    /** What one run found, plus how much work candidate search saved. */
    public record Result(List<ReuseLink> links, List<StoryFamily> families, int candidates) {
    }

    private final boolean embeddings;

    /** @param embeddings use the English sentence-embedding model (slower, finds paraphrases) */
    public ReuseDetector(boolean embeddings) {
        this.embeddings = embeddings;
    }

    public Result detect(List<Article> articles) {
        List<ArticleProfile> profiles = articles.parallelStream().map(ArticleProfile::new).toList();
        SentenceEncoder encoder = embeddings ? new SentenceEncoder() : null;
        CandidateSet candidates = new CandidateSet();
        MinHashLsh.addCandidates(profiles, candidates);
        AnchorIndex.addCandidates(profiles, candidates);
        if (encoder != null) EmbeddingIndex.addCandidates(profiles, encoder, candidates);

        PairAligner aligner = new PairAligner(encoder);
        List<ReuseLink> links = new ArrayList<>(candidates.pairs().parallelStream().sorted()
                .map(pair -> aligner.link(profiles.get(PairSet.first(pair)), profiles.get(PairSet.second(pair))))
                .filter(Objects::nonNull)
                .toList());
        Map<String, Integer> order = new HashMap<>();
        for (int i = 0; i < articles.size(); i++) order.put(articles.get(i).id(), i);
        links.sort(Comparator.comparingInt((ReuseLink l) -> order.get(l.a())).thenComparingInt(l -> order.get(l.b())));
        return new Result(links, StoryFamilies.of(articles, links), candidates.size());
    }
}
