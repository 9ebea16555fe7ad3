package org.narrascope.ingest.clean;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.narrascope.Sentences;
import org.narrascope.entities.OrganisationNames;
import org.narrascope.ingest.PublicationDate;

/**
 * Recovers the metadata a pasted page carries in its own lines: the title (first line), the byline
 * ("By NAME", "By a staff writer, OUTLET", or a lone name line under the title), the translator credit, the "originally
 * published on" provenance line and a date line. Lines that only carry metadata leave the body;
 * everything else stays in order.
 */
public final class PageHeader {

    /** How far from the top (and from the bottom, for credits) metadata lines are looked for. */
    private static final int ZONE = 6;
    private static final int MAX_TITLE_WORDS = 25;
    private static final int MAX_CREDIT_WORDS = 40;
    /** An outlet's name after a byline's names: one to five words, each capitalised ("Glassfront", "Sportline Daily"). */
    private static final Pattern OUTLET_NAME = Pattern.compile("(?:The\\s+)?\\p{Lu}[\\p{L}&'’-]*(?:\\s+\\p{Lu}[\\p{L}&'’-]*){0,4}");
    /** Separates the fields of a dateline or credit line: "Name | Outlet · 16 May 2031". */
    private static final String FIELD_SEPARATOR = "\\s+[|·•—–-]\\s+|\\s*\\|\\s*";
    private static final Set<String> NAME_PARTICLES = Set.of("de", "da", "das", "do", "dos", "del", "della", "di",
            "du", "van", "von", "der", "den", "ter", "al", "el", "bin", "ibn", "la", "le", "y", "e");

    private static final Pattern MARKS = Pattern.compile("[*†‡]+$");
    private static final Pattern INITIAL_AT_END = Pattern.compile(".*\\b\\p{Lu}\\.$", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern NAME_SEPARATOR = Pattern.compile("\\s*(?:,|&|\\band\\b|\\bи\\b|\\be\\b|\\bund\\b|\\bet\\b)\\s*",
            Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern NAME_WORD = Pattern.compile("\\p{Lu}\\.|\\p{Lu}[\\p{L}\\p{M}'’.-]*");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Set<String> CONNECTORS = Set.of("and", "&", "und", "et", "e", "y", "и");

    private final CueList bylineCues = CueList.load("byline-cues.txt");
    private final CueList translatorCues = CueList.load("translator-cues.txt");
    private final CueList provenanceCues = CueList.load("provenance-cues.txt");
    private final CueList creditLines = CueList.load("credit-lines.txt");
    private final CueList staffCredits = CueList.load("staff-credits.txt");
    private final Set<String> notNames = CueList.load("not-names.txt").words().stream()
            .map(w -> w.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());

    /** What the header lines said, and the body without them. Any field may be null. */
    public record Result(String title, String byline, String outlet, String translator, String provenance,
            String published, List<String> body) {
    }

    /**
     * Reads the header and credit lines. When the first line is not title-like (a pasted page that
     * starts with its first paragraph), the title is null rather than invented and that paragraph
     * stays in the body.
     *
     * @param knownTitle title the format already supplied (HTML, feed, JSON), or null to take it from
     *                   the first line
     */
    public Result read(List<String> paragraphs, String knownTitle) {
        List<String> body = new ArrayList<>(paragraphs);
        String title = knownTitle == null || knownTitle.isBlank() ? null : knownTitle.strip();
        if (title == null && !body.isEmpty()) {
            if (isTitleLike(body.get(0))) title = body.remove(0);
        } else if (title != null && !body.isEmpty() && sameText(body.get(0), title)) {
            body.remove(0);
        }

        String byline = null;
        String outlet = null;
        String translator = null;
        String provenance = null;
        String published = null;
        int size = body.size();
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            String line = body.get(i);
            boolean top = i < ZONE;
            boolean bottom = i >= size - ZONE;
            if ((top || bottom) && ParagraphFilter.words(line) <= MAX_CREDIT_WORDS) {
                Credit credit = byline == null ? bylineFromCue(line) : null;
                if (credit != null) {
                    byline = credit.names();
                    outlet = credit.outlet();
                    if (published == null) published = dateOfLine(line);
                    continue;
                }
                boolean allCredits = true;
                for (String sentence : Sentences.of(line)) {
                    Matcher t = translatorCues.matchWhole(sentence);
                    Matcher p = provenanceCues.matchWhole(sentence);
                    if (t != null && looksLikeNames(t.group("name"))) {
                        if (translator == null) translator = tidyName(t.group("name"));
                    } else if (p != null) {
                        if (provenance == null) provenance = p.group("statement").strip();
                    } else {
                        allCredits = false;
                    }
                }
                if (allCredits || bottom && creditLines.foundIn(line)) continue;
                String date = top && published == null ? dateOfLine(line) : null;
                if (date != null) {
                    published = date;
                    continue;
                }
                if (top && i <= 1 && byline == null && kept.size() == i && looksLikeNames(line)) {
                    byline = tidyName(line);
                    continue;
                }
            }
            kept.add(line);
        }
        return new Result(title, byline, outlet, translator, provenance, published, kept);
    }

    /** A byline's names (or the staff credit standing for them) and the outlet it names, or null. */
    private record Credit(String names, String outlet) {
    }

    private Credit bylineFromCue(String line) {
        Matcher m = bylineCues.matchWhole(line);
        if (m == null) return null;
        String[] fields = m.group("name").split(FIELD_SEPARATOR);
        String name = fields[0].replaceAll("[*†‡]+$", "").strip();
        // "By Dean Harker, Chief Reporter | The Daily Siren | 24 February": the outlet in a field of its own
        String fieldOutlet = Arrays.stream(fields).skip(1).map(String::strip).filter(this::outletField).findFirst().orElse(null);
        String[] parts = name.split("\\s*,\\s*");
        // "By Elise Varnow and Pieter Hald, Glassfront", "By Teo Harrigan, chief football writer, Sportline Daily", "By a staff
        // writer, The Harbour Standard": the names, then the outlet after any role (of three parts or more, the last is an
        // outlet only after a role or when named like one: "By Ana Ruiz, Li Wei, Omar Haddad" is three names)
        String last = parts[parts.length - 1];
        boolean outletLast = parts.length > 1 && OUTLET_NAME.matcher(last).matches() && staffCredits.matchWhole(last) == null
                && (parts.length == 2 || !looksLikeNames(name) || Arrays.stream(parts, 0, parts.length - 1).anyMatch(p -> staffCredits.matchWhole(p) != null)
                        || last.startsWith("The ") || OrganisationNames.outletWord(last.substring(last.lastIndexOf(' ') + 1)));
        if (outletLast && looksLikeNames(parts[0])) return new Credit(tidyName(parts[0]), last);
        if (!looksLikeNames(name)) return parts.length > 1 && looksLikeNames(parts[0]) ? new Credit(tidyName(parts[0]), fieldOutlet) : null;
        // (a role after the names is none of them: "Dean Harker, Chief Reporter")
        String names = Arrays.stream(parts).skip(1).anyMatch(p -> staffCredits.matchWhole(p) != null) ? parts[0] : name;
        return new Credit(tidyName(names), fieldOutlet);
    }

    /** A credit line's field that names an outlet: "The Daily Siren", "Dolvanne Business Daily"; not a date nor a one-word section ("Politics"). */
    private boolean outletField(String field) {
        return OUTLET_NAME.matcher(field).matches() && staffCredits.matchWhole(field) == null && PublicationDate.fromDateLine(field) == null
                && (field.startsWith("The ") || field.contains(" "));
    }

    /** A date line, or a line of fields separated by "|" one of which is a date. */
    private static String dateOfLine(String line) {
        String date = PublicationDate.fromDateLine(line);
        if (date != null) return date;
        for (String part : line.split(FIELD_SEPARATOR)) {
            date = PublicationDate.fromDateLine(part);
            if (date != null) return date;
        }
        return null;
    }

    /** One or more person names: "Jane Doe", "JANE DOE and JOHN ROE", "Ana de la Cruz, Li Wei". */
    boolean looksLikeNames(String line) {
        String s = MARKS.matcher(line).replaceAll("").strip();
        if (s.isEmpty() || s.length() > 120 || Paragraphs.endsSentence(s) && !INITIAL_AT_END.matcher(s).matches()) return false;
        for (String name : NAME_SEPARATOR.split(s)) {
            if (!isPersonName(name.strip()) && staffCredits.matchWhole(name.strip()) == null) return false;
        }
        return true;
    }

    private boolean isPersonName(String name) {
        String[] tokens = name.split("\\s+");
        if (tokens.length < 2 || tokens.length > 5) return false;
        for (int i = 0; i < tokens.length; i++) {
            String t = tokens[i];
            if (notNames.contains(t.toLowerCase(Locale.ROOT))) return false;
            boolean edge = i == 0 || i == tokens.length - 1;
            if (!edge && NAME_PARTICLES.contains(t)) continue;
            if (!NAME_WORD.matcher(t).matches()) return false;
        }
        return true;
    }

    /** Names written in capitals become Title Case (particles in lower case); stray marks go. */
    static String tidyName(String name) {
        String s = MARKS.matcher(name).replaceAll("").replaceAll("\\s+", " ").strip();
        if (s.endsWith(".") && !INITIAL_AT_END.matcher(s).matches()) s = s.substring(0, s.length() - 1);
        String[] tokens = s.split(" ");
        boolean capitals = java.util.Arrays.stream(tokens)
                .filter(t -> t.codePoints().filter(Character::isLetter).count() > 1 && !CONNECTORS.contains(t))
                .allMatch(t -> t.equals(t.toUpperCase(Locale.ROOT)));
        if (!capitals) return s;
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < tokens.length; i++) {
            String lower = tokens[i].toLowerCase(Locale.ROOT);
            boolean inner = i > 0 && i < tokens.length - 1;
            if (out.length() > 0) out.append(' ');
            out.append(CONNECTORS.contains(lower) || inner && NAME_PARTICLES.contains(lower) ? lower : capitalise(lower));
        }
        return out.toString();
    }

    private static String capitalise(String lower) {
        StringBuilder out = new StringBuilder();
        boolean start = true;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            out.append(start ? Character.toUpperCase(c) : c);
            start = !Character.isLetter(c) && c != '\'' && c != '’';
        }
        return out.toString();
    }

    private static boolean isTitleLike(String line) {
        int words = ParagraphFilter.words(line);
        return words <= MAX_TITLE_WORDS && (!line.endsWith(".") || words <= 12);
    }

    private static boolean sameText(String a, String b) {
        String x = NOT_WORD.matcher(a).replaceAll("");
        return !x.isEmpty() && x.equalsIgnoreCase(NOT_WORD.matcher(b).replaceAll(""));
    }
}
