package org.narrascope.nlp;

import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.logging.RedwoodConfiguration;
import java.util.Properties;

/**
 * Stanford CoreNLP, loaded once per process, in the fast configuration: tokenize, sentence split,
 * part of speech, lemma, named entities (no fine-grained types, no SUTime, no numeric
 * classifiers) and the neural dependency parser. Blank lines end sentences, so a title never runs into the first paragraph.
 * Annotating is thread-safe; articles are annotated in parallel by the callers.
 */
public final class NlpPipeline {

    private static volatile StanfordCoreNLP pipeline;

    private NlpPipeline() {
    }

    public static CoreDocument annotate(String text) {
        CoreDocument doc = new CoreDocument(text);
        instance().annotate(doc);
        return doc;
    }

    private static StanfordCoreNLP instance() {
        if (pipeline == null) {
            synchronized (NlpPipeline.class) {
                if (pipeline == null) {
                    RedwoodConfiguration.current().clear().apply(); // CoreNLP's progress logging is not for our users
                    Properties p = new Properties();
                    p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse");
                    p.setProperty("ssplit.newlineIsSentenceBreak", "two");
                    p.setProperty("ner.applyFineGrained", "false");
                    p.setProperty("ner.useSUTime", "false");
                    p.setProperty("ner.applyNumericClassifiers", "false");
                    p.setProperty("ner.buildEntityMentions", "true");
                    pipeline = new StanfordCoreNLP(p);
                }
            }
        }
        return pipeline;
    }
}
