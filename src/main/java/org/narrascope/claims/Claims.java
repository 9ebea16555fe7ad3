package org.narrascope.claims;

import java.util.ArrayList;
import java.util.List;
import org.narrascope.model.Article;
import org.narrascope.model.Claim;
import org.narrascope.model.Entity;
import org.narrascope.nlp.Annotations;

/** The claims stage: who says what, in each annotated article, speakers and subjects as entities. */
public final class Claims {

    private Claims() {
    }

    public static List<Claim> find(List<Article> articles, Annotations annotations, List<Entity> entities) {
        ClaimExtractor extractor = new ClaimExtractor(new EntityIndex(entities, articles));
        List<Claim> out = new ArrayList<>();
        for (Article article : articles) {
            var doc = annotations.of(article);
            if (doc != null) out.addAll(extractor.claims(article, doc));
        }
        return out;
    }
}
