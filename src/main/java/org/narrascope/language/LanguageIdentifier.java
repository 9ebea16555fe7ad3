package org.narrascope.language;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import com.github.pemistahl.lingua.api.IsoCode639_1;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Names the language of an article (ISO 639-1) with Lingua, restricted to the languages the user
 * expects: fewer candidates is both faster and more accurate on short news texts.
 */
public final class LanguageIdentifier {

    public static final List<String> DEFAULT_LANGUAGES =
            List.of("en", "ru", "uk", "pt", "bg", "hi", "de", "fr", "es", "it", "pl");
    public static final String UNDETERMINED = "und";

    /** Lingua needs a few words; shorter texts are reported as undetermined rather than guessed. */
    private static final int MIN_LETTERS = 20;

    private final LanguageDetector detector;
    private final List<String> codes;

    public LanguageIdentifier(List<String> isoCodes) {
        List<Language> languages = requireKnown(isoCodes);
        this.codes = List.copyOf(isoCodes);
        this.detector = languages.size() == 1
                ? null
                : LanguageDetectorBuilder.fromLanguages(languages.toArray(Language[]::new)).build();
    }

    public List<String> languages() {
        return codes;
    }

    /** The ISO 639-1 code of the text's language, or {@code und} when it cannot be told. */
    public String identify(String text) {
        if (text.codePoints().filter(Character::isLetter).limit(MIN_LETTERS).count() < MIN_LETTERS) return UNDETERMINED;
        if (detector == null) return codes.get(0);
        // The opening of an article is enough, and bounds the work on very long texts.
        String sample = text.length() > 4000 ? text.substring(0, 4000) : text;
        Language language = detector.detectLanguageOf(sample);
        return language == Language.UNKNOWN ? UNDETERMINED : language.getIsoCode639_1().toString().toLowerCase(Locale.ROOT);
    }

    /** The Lingua languages for these codes; an unknown code is an {@link IllegalArgumentException} naming it. */
    public static List<Language> requireKnown(List<String> isoCodes) {
        List<Language> languages = new ArrayList<>();
        for (String code : isoCodes) languages.add(languageOf(code));
        return languages;
    }

    private static Language languageOf(String code) {
        String wanted = code.strip().toUpperCase(Locale.ROOT);
        for (IsoCode639_1 iso : IsoCode639_1.values()) {
            if (iso.name().equals(wanted)) {
                return Language.getByIsoCode639_1(iso);
            }
        }
        throw new IllegalArgumentException("unknown language code '" + code + "' (use ISO 639-1 codes such as en, ru, pt)");
    }
}
