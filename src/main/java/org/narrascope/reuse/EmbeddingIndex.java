package org.narrascope.reuse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * Candidates for paraphrase: nearest neighbours of each English article's lead embedding in a
 * Lucene HNSW vector index, kept when their cosine similarity is high.
 */
final class EmbeddingIndex {

    static final int NEIGHBOURS = 8;
    static final float MIN_COSINE = 0.80f;

    private EmbeddingIndex() {
    }

    static void addCandidates(List<ArticleProfile> profiles, SentenceEncoder encoder, CandidateSet out) {
        List<Integer> english = new ArrayList<>();
        for (int i = 0; i < profiles.size(); i++) if (SentenceEncoder.supports(profiles.get(i))) english.add(i);
        if (english.size() < 2) return;
        float[][] vectors = new float[profiles.size()][];
        english.parallelStream().forEach(i -> vectors[i] = encoder.lead(profiles.get(i)));
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
            try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig())) {
                for (int i : english) {
                    Document doc = new Document();
                    doc.add(new KnnFloatVectorField("lead", vectors[i], VectorSimilarityFunction.COSINE));
                    doc.add(new StoredField("article", i));
                    writer.addDocument(doc);
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                StoredFields stored = searcher.storedFields();
                for (int i : english) {
                    for (ScoreDoc hit : searcher.search(new KnnFloatVectorQuery("lead", vectors[i], NEIGHBOURS + 1), NEIGHBOURS + 1).scoreDocs) {
                        int j = stored.document(hit.doc).getField("article").numericValue().intValue();
                        // Lucene scores cosine as (1 + cos) / 2
                        if (j != i && 2 * hit.score - 1 >= MIN_COSINE) out.add(i, j);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("in-memory vector index failed", e);
        }
    }
}
