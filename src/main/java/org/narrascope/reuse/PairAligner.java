package org.narrascope.reuse;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.narrascope.language.LanguageIdentifier;
import org.narrascope.model.AlignedPassage;
import org.narrascope.model.ReuseKind;
import org.narrascope.model.ReuseLink;
import org.narrascope.model.Span;

/**
 * Decides whether two candidate articles reuse each other, and how. Shared wording is tried first
 * (seed-and-extend); when it covers too little of the shorter article, or the languages differ,
 * sentence alignment looks for the same sentences told in other words or another language.
 */
final class PairAligner {

    /** Share of the shorter article that aligned passages must cover for a link. */
    static final double MIN_LEXICAL_COVERAGE = 0.30;
    /**
     * Share of the shorter article that sentence alignment must explain. Reports of one event in one
     * language tell the same facts in similar sentences, so a paraphrase must be explained almost
     * whole; across languages that coincidence is rarer and anchors match fewer sentences.
     */
    static final double MIN_PARAPHRASE_COVERAGE = 0.80;
    static final double MIN_TRANSLATION_COVERAGE = 0.60;
    /** Shared wording over this much of the shorter article is a copy, whatever sentence alignment says. */
    static final double CLEAR_LEXICAL_COVERAGE = 0.60;
    static final int MIN_ALIGNED_SENTENCES = 3;
    static final double VERBATIM_IDENTITY = 0.995;
    static final double NEAR_COPY_IDENTITY = 0.78;

    private final SentenceAligner sentences;

    PairAligner(SentenceEncoder encoder) {
        this.sentences = new SentenceAligner(encoder);
    }

    ReuseLink link(ArticleProfile a, ArticleProfile b) {
        ReuseLink lexical = differentLanguages(a, b) ? null : lexicalLink(a, b);
        if (lexical != null && shorterCoverage(a, b, lexical.coverageA(), lexical.coverageB()) >= CLEAR_LEXICAL_COVERAGE) {
            return lexical;
        }
        // Some shared wording but not much: independent translations of one text share stock phrases,
        // so the sentence alignment decides when it explains more of the shorter article.
        ReuseLink reworded = sentenceLink(a, b);
        if (reworded == null) return lexical;
        if (lexical == null) return reworded;
        return shorterCoverage(a, b, reworded.coverageA(), reworded.coverageB())
                > shorterCoverage(a, b, lexical.coverageA(), lexical.coverageB()) ? reworded : lexical;
    }

    private ReuseLink lexicalLink(ArticleProfile a, ArticleProfile b) {
        List<LexicalAligner.Stretch> stretches = LexicalAligner.align(a, b);
        if (stretches.isEmpty()) return null;
        List<AlignedPassage> passages = new ArrayList<>();
        double identityWeighted = 0;
        int identityWeight = 0;
        for (LexicalAligner.Stretch s : stretches) {
            int ta0 = a.content[s.aFrom()], ta1 = a.content[s.aTo() - 1] + 1;
            int tb0 = b.content[s.bFrom()], tb1 = b.content[s.bTo() - 1] + 1;
            passages.add(new AlignedPassage(new Span(a.tokens.start[ta0], a.tokens.end[ta1 - 1]),
                    new Span(b.tokens.start[tb0], b.tokens.end[tb1 - 1]), round(s.score())));
            int weight = (ta1 - ta0) + (tb1 - tb0);
            identityWeighted += LexicalAligner.identity(a, ta0, ta1, b, tb0, tb1) * weight;
            identityWeight += weight;
        }
        double coverageA = coverage(a, passages, true);
        double coverageB = coverage(b, passages, false);
        if (shorterCoverage(a, b, coverageA, coverageB) < MIN_LEXICAL_COVERAGE) return null;
        double identity = identityWeighted / identityWeight;
        ReuseKind kind = identity >= VERBATIM_IDENTITY ? ReuseKind.VERBATIM
                : identity >= NEAR_COPY_IDENTITY ? ReuseKind.NEAR_COPY : ReuseKind.PARAPHRASE;
        if (kind == ReuseKind.PARAPHRASE && hasTranslator(a, b)) kind = ReuseKind.TRANSLATION;
        return new ReuseLink(a.id(), b.id(), kind, round(shorterCoverage(a, b, coverageA, coverageB) * Math.max(identity, 0.5)),
                round(coverageA), round(coverageB), passages);
    }

    private ReuseLink sentenceLink(ArticleProfile a, ArticleProfile b) {
        List<SentenceAligner.Stretch> stretches = sentences.align(a, b);
        int aligned = stretches.stream().mapToInt(SentenceAligner.Stretch::pairs).sum();
        if (aligned < Math.min(MIN_ALIGNED_SENTENCES, Math.min(a.sentences(), b.sentences()))) return null;
        List<AlignedPassage> passages = new ArrayList<>();
        double scoreSum = 0;
        for (SentenceAligner.Stretch s : stretches) {
            passages.add(new AlignedPassage(new Span(a.sentenceStartChar(s.aFrom()), a.sentenceEndChar(s.aTo())),
                    new Span(b.sentenceStartChar(s.bFrom()), b.sentenceEndChar(s.bTo())), round(s.score())));
            scoreSum += s.score() * s.pairs();
        }
        double coverageA = coverage(a, passages, true);
        double coverageB = coverage(b, passages, false);
        double shorter = shorterCoverage(a, b, coverageA, coverageB);
        boolean crossLanguage = differentLanguages(a, b);
        if (shorter < (crossLanguage ? MIN_TRANSLATION_COVERAGE : MIN_PARAPHRASE_COVERAGE)) return null;
        ReuseKind kind = crossLanguage || hasTranslator(a, b) ? ReuseKind.TRANSLATION : ReuseKind.PARAPHRASE;
        return new ReuseLink(a.id(), b.id(), kind, round(shorter * scoreSum / aligned), round(coverageA), round(coverageB), passages);
    }

    private static boolean differentLanguages(ArticleProfile a, ArticleProfile b) {
        String la = a.language();
        String lb = b.language();
        return !la.equals(lb) && !la.equals(LanguageIdentifier.UNDETERMINED) && !lb.equals(LanguageIdentifier.UNDETERMINED);
    }

    /** A translator's credit on a reworded copy says the rewording is a translation, not a paraphrase. */
    private static boolean hasTranslator(ArticleProfile a, ArticleProfile b) {
        return a.article.translator() != null || b.article.translator() != null;
    }

    private static double shorterCoverage(ArticleProfile a, ArticleProfile b, double coverageA, double coverageB) {
        return a.article.text().length() <= b.article.text().length() ? coverageA : coverageB;
    }

    /** Share of the article's non-space characters inside the union of its passages. */
    static double coverage(ArticleProfile p, List<AlignedPassage> passages, boolean sideA) {
        String text = p.article.text();
        BitSet inside = new BitSet(text.length());
        for (AlignedPassage passage : passages) {
            Span span = sideA ? passage.a() : passage.b();
            inside.set(span.start(), span.end());
        }
        int total = 0;
        int covered = 0;
        for (int i = 0; i < text.length(); i++) {
            if (Character.isWhitespace(text.charAt(i))) continue;
            total++;
            if (inside.get(i)) covered++;
        }
        return total == 0 ? 0 : covered / (double) total;
    }

    static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
