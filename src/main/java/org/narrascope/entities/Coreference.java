package org.narrascope.entities;

import edu.stanford.nlp.coref.data.CorefChain;
import edu.stanford.nlp.coref.data.Dictionaries;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.narrascope.model.Article;
import org.narrascope.nlp.Annotations;

/**
 * With coreference (the deep analysis): a pronoun in a chain with a name ("Ivanova ... she said")
 * is one more mention of that name's entity, so that claims spoken by "she" have a speaker.
 */
final class Coreference {

    private Coreference() {
    }

    static List<RawMention> pronouns(List<Article> articles, Annotations annotations, List<RawMention> named) {
        List<RawMention> out = new ArrayList<>();
        for (Article a : articles) {
            CoreDocument doc = annotations.of(a);
            Map<Integer, CorefChain> chains = doc == null ? null : doc.corefChains();
            if (chains == null) continue;
            List<RawMention> inArticle = named.stream().filter(m -> m.article().equals(a.id())).toList();
            for (CorefChain chain : chains.values()) {
                RawMention name = null;
                for (CorefChain.CorefMention cm : chain.getMentionsInTextualOrder()) {
                    int[] span = span(doc, cm);
                    if (cm.mentionType == Dictionaries.MentionType.PROPER && name == null) {
                        name = inArticle.stream().filter(m -> m.start() < span[1] && span[0] < m.end()).findFirst().orElse(null);
                    }
                }
                if (name == null) continue;
                for (CorefChain.CorefMention cm : chain.getMentionsInTextualOrder()) {
                    int[] span = span(doc, cm);
                    boolean taken = inArticle.stream().anyMatch(m -> m.start() < span[1] && span[0] < m.end());
                    if (cm.mentionType == Dictionaries.MentionType.PRONOMINAL && !taken) {
                        out.add(new RawMention(a.id(), name.text(), name.type(), span[0], span[1], name.country(), null, false, false));
                    }
                }
            }
        }
        return out;
    }

    /** Char offsets of a coreference mention (sentence and token numbers are 1-based, the end exclusive). */
    private static int[] span(CoreDocument doc, CorefChain.CorefMention cm) {
        List<CoreLabel> tokens = doc.sentences().get(cm.sentNum - 1).tokens();
        return new int[] {tokens.get(cm.startIndex - 1).beginPosition(), tokens.get(cm.endIndex - 2).endPosition()};
    }
}
