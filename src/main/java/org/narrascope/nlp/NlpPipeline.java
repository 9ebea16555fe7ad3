package org.narrascope.nlp;

import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.logging.RedwoodConfiguration;
import java.util.Properties;

/**
 * Stanford CoreNLP, each configuration loaded once per process. Fast: tokenize, sentence split,
 * part of speech, lemma, named entities (no fine-grained types, no SUTime, no numeric
 * classifiers) and the neural dependency parser. Deep adds CoreNLP's statistical coreference
 * (mentions from the dependency parse), so that "she" and "the group" point at the names they
 * stand for. Blank lines end sentences, so a title never runs into the first paragraph.
 * Annotating is thread-safe; articles are annotated in parallel by the callers.
 */
public final class NlpPipeline {

    private static final StanfordCoreNLP[] PIPELINES = new StanfordCoreNLP[2];

    private NlpPipeline() {
    }

    /** Loads the models of a configuration now rather than on the first article. */
    public static void load(boolean deep) {
        instance(deep);
    }

    public static CoreDocument annotate(String text, boolean deep) {
        CoreDocument doc = new CoreDocument(AnonymityAsides.forTagging(Datelines.forTagging(SpeakerLabels.forTagging(LineMarkers.forTagging(text)))));
        instance(deep).annotate(doc);
        return doc;
    }

    private static synchronized StanfordCoreNLP instance(boolean deep) {
        int i = deep ? 1 : 0;
        if (PIPELINES[i] == null) {
            RedwoodConfiguration.current().clear().apply(); // CoreNLP's progress logging is not for our users
            Properties p = new Properties();
            p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse" + (deep ? ",coref" : ""));
            p.setProperty("ssplit.newlineIsSentenceBreak", "two");
            p.setProperty("ner.applyFineGrained", "false");
            p.setProperty("ner.useSUTime", "false");
            p.setProperty("ner.applyNumericClassifiers", "false");
            p.setProperty("ner.buildEntityMentions", "true");
            if (deep) {
                p.setProperty("coref.algorithm", "statistical");
                p.setProperty("coref.md.type", "dependency");
            }
            PIPELINES[i] = new StanfordCoreNLP(p);
        }
        return PIPELINES[i];
    }
}
