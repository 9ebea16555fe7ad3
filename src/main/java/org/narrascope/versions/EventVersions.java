package org.narrascope.versions;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.narrascope.model.Claim;
import org.narrascope.model.Entity;
import org.narrascope.model.Question;

/**
 * Versions of the event: claims grouped into the questions they answer and their competing
 * answers. Blame claims (responsibility, accusation, denial) answer "who is responsible?" with
 * their subject entity; counts answer "how many were killed / injured / missing / detained …?" with
 * their number. Each answer lists the articles asserting, reporting and disputing it, following
 * the claims' stances (an article never asserts an answer it disputes in its own voice); a question is contested when it has several answers or a disputed one.
 * Blame comes first, then counts by how often they are given. This first version assumes one
 * central event per corpus.
 */
public final class EventVersions {

    /** What a counted word counts; the first matching row names the question. */
    private static final String[][] QUANTITIES = {
        {"killed", "(?i)killed|killing|dead|deaths?|died|toll|victims|bodies"},
        {"injured", "(?i)injured|wounded|hurt|hospitali[sz]ed|hospital|treated"},
        {"missing", "(?i)missing|unaccounted"},
        {"detained", "(?i)detained|arrested|arrests|suspects|held"},
        {"displaced", "(?i)displaced|evacuated|homeless"},
        {"affected", "(?i)records|patients|files|affected"},
    };
    private static final Map<String, String> NUMBER_WORDS = Map.ofEntries(Map.entry("no", "0"), Map.entry("neither", "0"), Map.entry("one", "1"), Map.entry("two", "2"),
            Map.entry("three", "3"), Map.entry("four", "4"), Map.entry("five", "5"), Map.entry("six", "6"), Map.entry("seven", "7"),
            Map.entry("eight", "8"), Map.entry("nine", "9"), Map.entry("ten", "10"), Map.entry("eleven", "11"), Map.entry("twelve", "12"),
            Map.entry("thirteen", "13"), Map.entry("fourteen", "14"), Map.entry("fifteen", "15"), Map.entry("sixteen", "16"),
            Map.entry("seventeen", "17"), Map.entry("eighteen", "18"), Map.entry("nineteen", "19"), Map.entry("twenty", "20"),
            Map.entry("thirty", "30"), Map.entry("forty", "40"), Map.entry("fifty", "50"), Map.entry("sixty", "60"), Map.entry("seventy", "70"),
            Map.entry("eighty", "80"), Map.entry("ninety", "90"));
    private static final Pattern COUNT = Pattern.compile("^(\\S+)\\s+(\\S+)$");

    /** The questions, and the claims with the question each answers filled in. */
    public record Result(List<Question> questions, List<Claim> claims) {
    }

    private EventVersions() {
    }

    public static Result of(List<Claim> claims, List<Entity> entities) {
        Map<String, String> names = new LinkedHashMap<>();
        entities.forEach(e -> names.put(e.id(), e.name()));
        Map<String, Map<String, List<Claim>>> byQuestion = new LinkedHashMap<>();
        Map<String, String> answerEntity = new LinkedHashMap<>();
        for (Claim c : claims) {
            String question = null;
            String answer = null;
            if (Set.of("responsibility", "accusation", "denial").contains(c.type()) && c.subject() != null) {
                question = "who is responsible for the event?";
                answer = names.get(c.subject());
                answerEntity.put(question + "\u0000" + answer, c.subject());
            } else if (c.type().equals("quantity") && c.object() != null) {
                Matcher m = COUNT.matcher(c.object());
                if (m.matches()) {
                    String what = kindOf(m.group(2));
                    if (what != null) {
                        question = "how many were " + what + "?";
                        answer = NUMBER_WORDS.getOrDefault(m.group(1).toLowerCase(Locale.ROOT), m.group(1).replace(",", ""));
                    }
                }
            }
            if (question == null || answer == null) continue;
            byQuestion.computeIfAbsent(question, q -> new LinkedHashMap<>()).computeIfAbsent(answer, a -> new ArrayList<>()).add(c);
        }
        List<Question> questions = new ArrayList<>();
        Map<String, String> questionOfClaim = new LinkedHashMap<>();
        List<Map.Entry<String, Map<String, List<Claim>>>> ordered = new ArrayList<>(byQuestion.entrySet());
        ordered.sort(java.util.Comparator.comparing((Map.Entry<String, Map<String, List<Claim>>> q) -> !q.getKey().startsWith("who"))
                .thenComparing(q -> -q.getValue().values().stream().mapToInt(List::size).sum()));
        for (var q : ordered) {
            String id = "q" + (questions.size() + 1);
            Map<String, Set<String>> ownAnswers = ownAnswers(q.getValue());
            List<Question.Answer> answers = new ArrayList<>();
            boolean disputed = false;
            for (var a : q.getValue().entrySet()) {
                Set<String> asserted = new LinkedHashSet<>();
                Set<String> reported = new LinkedHashSet<>();
                Set<String> disputing = new LinkedHashSet<>();
                List<String> claimIds = new ArrayList<>();
                for (Claim c : a.getValue()) {
                    claimIds.add(c.id());
                    questionOfClaim.put(c.id(), id);
                    switch (c.stance()) {
                        case "asserts" -> asserted.add(c.article());
                        case "reports" -> reported.add(c.article());
                        default -> disputing.add(c.article());
                    }
                }
                // an article that argues against an answer in its own voice does not assert it, whatever else it says
                for (Claim c : a.getValue()) {
                    if (c.speaker() == null && c.speakerText() == null && !c.stance().equals("asserts") && !c.stance().equals("reports")) {
                        asserted.remove(c.article());
                    }
                    // an answer passed on from someone the article itself blames is one it disputes: a culprit shifting blame
                    Set<String> own = ownAnswers.getOrDefault(c.article(), Set.of());
                    if (c.stance().equals("reports") && c.speaker() != null && own.contains(names.get(c.speaker())) && !own.contains(a.getKey())) {
                        disputing.add(c.article());
                    }
                }
                Set<String> backing = new LinkedHashSet<>(asserted);
                backing.addAll(reported);
                disputed |= !disputing.isEmpty();
                answers.add(new Question.Answer(a.getKey(), answerEntity.get(q.getKey() + "\u0000" + a.getKey()), claimIds,
                        List.copyOf(asserted), List.copyOf(reported), List.copyOf(disputing), backing.size() == 1));
            }
            answers.sort((x, y) -> Integer.compare(y.claims().size(), x.claims().size()));
            questions.add(new Question(id, q.getKey(), answers.size() > 1 || disputed, answers));
        }
        List<Claim> linked = claims.stream().map(c -> c.withQuestion(questionOfClaim.get(c.id()))).toList();
        return new Result(questions, linked);
    }

    /** The answers each article asserts in its own voice, by article. */
    private static Map<String, Set<String>> ownAnswers(Map<String, List<Claim>> answers) {
        Map<String, Set<String>> out = new LinkedHashMap<>();
        answers.forEach((answer, claims) -> claims.stream().filter(c -> c.stance().equals("asserts") && c.speaker() == null && c.speakerText() == null)
                .forEach(c -> out.computeIfAbsent(c.article(), k -> new LinkedHashSet<>()).add(answer)));
        return out;
    }

    private static String kindOf(String word) {
        for (String[] row : QUANTITIES) if (word.matches(row[1])) return row[0];
        return null;
    }
}
