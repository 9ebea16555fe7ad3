package org.narrascope.claims;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreSentence;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.narrascope.DataFile;
import org.narrascope.entities.Entities;
import org.narrascope.entities.OrganisationNames;
import org.narrascope.learn.LabelTexts;
import org.narrascope.model.Article;
import org.narrascope.model.Claim;
import org.narrascope.model.Span;
import org.narrascope.nlp.SpeakerLabels;

/**
 * Claims, sentence by sentence, from the dependency parse and cue lexicons. Each reporting,
 * accusing or denying verb with its own subject is a voice (so is "according to X", and a claim
 * noun with its author, "an accusation by X"); what is left is the article's own voice. A sentence
 * gives one claim per voice, and one per count ("23 killed, 112 injured"), each count spoken by the
 * innermost voice around it. Cues give the type (responsibility, accusation, denial, quantity, time,
 * statement, other); a full sentence of one voice that no cue reads is a statement. The stance follows the voice: the
 * article's own words assert, attributed words are reported, a rejection or evidence against a claim denies, a
 * rhetorical question questions.
 * The headline is left out: it restates the body.
 */
final class ClaimExtractor {

    /** Reporting verbs by lemma, each with the relation and the words its complement needs ("point" only "out"). */
    private static final Map<String, List<String>> REPORTING = verbs("reporting-verbs.txt");
    /** Accusing verbs by lemma, each with the relation and the words its complement needs ("point" only "at" or "to" someone). */
    private static final Map<String, List<String>> ACCUSING = verbs("accusation-verbs.txt");
    private static final Set<String> BLAME_PLACING = lemmas("blame-placing-verbs.txt");
    /** The accusing verbs as written: "accused", "blames", "pinning". */
    private static final Pattern ACCUSING_WORDS = Pattern.compile("\\b(?:" + String.join("|", ACCUSING.keySet().stream().map(l -> l.replaceFirst("e$", "")).toList())
            + ")\\p{L}*", Pattern.CASE_INSENSITIVE);
    private static final Set<String> BLAME_NOUNS = lemmas("blame-nouns.txt");
    /** Whom blame is put on: "(place responsibility for the attack) on Y", "(shift the blame) onto Y". */
    private static final Pattern BLAME_TARGET = Pattern.compile("\\b(?:" + String.join("|", BLAME_NOUNS)
            + ")\\b[^.;:]{0,80}?\\b(?:on|onto|upon|at)\\s", Pattern.CASE_INSENSITIVE);
    private static final Set<String> FIGURING = lemmas("figure-verbs.txt");
    private static final Set<String> COUNTED_NOUNS = lemmas("counted-nouns.txt");
    private static final Set<String> SUSPECTING = lemmas("suspecting-verbs.txt");
    private static final Pattern SUSPICION = cues("suspicion-cues.txt");
    private static final Set<String> CLAIM_NOUNS = lemmas("attribution-nouns.txt");
    private static final String TITLES = String.join("|", DataFile.lines(Entities.class, "person-titles.txt"));
    /** A person named by a title alone: "(accused) the minister", "the transport minister". */
    private static final Pattern TITLE_AFTER = Pattern.compile("\\s+the\\s+(?:\\p{Ll}+\\s+)?(" + TITLES + ")\\b(?!['’])", Pattern.CASE_INSENSITIVE);
    /** A speaker named by a title alone: "the Deputy Minister (emphasised)". */
    private static final Pattern TITLE_ALONE = Pattern.compile("the\\s+(?:[\\p{L}-]+\\s+){0,2}?(" + TITLES + ")", Pattern.CASE_INSENSITIVE);
    private static final Pattern THEY_OPENING = Pattern.compile("\\s*[\"“]?They\\b");
    /** A claim referred back to: "the claim", "that account", "such allegations". */
    private static final Pattern CLAIM_REFERENCE = Pattern.compile("\\b(?:the|that|this|these|those|such)\\s+(?:" + String.join("|", CLAIM_NOUNS)
            + ")s?\\b(?!\\s+(?:that|by|of)\\b)", Pattern.CASE_INSENSITIVE);
    private static final Set<String> NOT_SPEAKERS = lemmas("not-speakers.txt");
    private static final Set<String> GROUP_NOUNS = lemmas("group-nouns.txt");
    /** What evidence does when it speaks: "inspection reports show", "the footage reveals". */
    private static final Set<String> EVIDENCE_VERBS = Set.of("show", "reveal", "indicate", "suggest", "record", "describe");
    /**
     * A sentence opening with documents or recordings and what they show ("Maintenance logs obtained by the Herald show
     * that ..."), which the parser often reads with the documents obtained and "show" hanging loose.
     */
    private static final Pattern EVIDENCE_OPENING = Pattern.compile("\\s*(?:[\\p{L}'’-]+\\s+){0,3}?(?:" + String.join("|", DataFile.lines(ClaimExtractor.class, "evidence-nouns.txt"))
            + ")\\b(?:\\s+(?:obtained|seen|published|released|reviewed|leaked|verified|authenticated|geolocated|analy[sz]ed|examined|filmed|recorded|taken|captured|posted|shared)\\s+(?:by|to|from|on)\\s+[^.;,]{1,40}?)?,?\\s+(?:also\\s+)?(?:show(?:s|ed|n)?|reveal(?:s|ed)?|indicate[sd]?|suggest(?:s|ed)?|list(?:s|ed)?|record(?:s|ed)?)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DENIAL = cues("denial-cues.txt");
    private static final Pattern CONTRADICTION = cues("contradiction-cues.txt");
    private static final Pattern RESPONSIBILITY = cues("responsibility-cues.txt");
    private static final Pattern FAULT = cues("accusation-cues.txt");
    private static final Pattern SPONSOR = cues("sponsor-cues.txt");
    private static final Pattern ADMISSION = cues("admission-cues.txt");
    /** "said it was devastated", "I want to thank the firefighters": words that tell nothing of the event. */
    private static final Pattern COURTESY = cues("courtesy-cues.txt");
    /** "called the explosion an industrial accident": a speaker saying nobody did it. */
    private static final Pattern ACCIDENT = cues("accident-cues.txt");
    /** Who speaks for a state: "Interior Minister X", "the government", "Kalvenian officials". */
    private static final Pattern OFFICIAL = cues("official-words.txt");
    /** Responsibility cues that name a culprit rather than tell what was done: "was behind", "the work of". */
    private static final Pattern NAMING = cues("culprit-naming-cues.txt");
    /** Someone who examines the event rather than takes a side: "chief inspector X", "X, a hydrologist at ...". */
    private static final Pattern EXPERT = cues("expert-words.txt");
    /** A speaker saying it did its duty: "the kitchen passed every inspection", "posed no risk". */
    private static final Pattern COMPLIANCE = cues("compliance-cues.txt");
    private static final Pattern CUSTODY = cues("custody-cues.txt");
    private static final Pattern DOUBTING = cues("doubting-questions.txt");
    /** The speaker's own side: "caused by neglect, not by us". */
    /** After a rejection, words for the speaker's own side: "her group", "its members", "us". */
    private static final Pattern SPEAKERS_SIDE = Pattern.compile("\\b(?:(?:her|his|their|its|our|my)\\s+(?:own\\s+)?(?:group|party|organi[sz]ation|movement|"
            + "company|firm|government|country|members|supporters|side|men|fighters|ministry|agency)|us)\\b", Pattern.CASE_INSENSITIVE);
    /** Before a rejection: the speaker saying it of itself ("said it \"had"). */
    private static final Pattern SAID_ITSELF = Pattern.compile("\\b(?:said|says|insisted|insists|stated|states)\\s+(?:that\\s+)?(?:it|we|they)\\s+[\"“]?\\s*(?:\\p{Ll}+\\s+)?$");
    /** How far (characters) before or after a rejection the speaker's side may be named. */
    private static final int SIDE_REACH = 40;
    private static final Pattern OWN_SIDE = Pattern.compile("\\b(?:us|we|our|ours|ourselves|me|my)\\b", Pattern.CASE_INSENSITIVE);
    /** The speaker's side as a body speaks of it ("our works", "we"), not a person's idiom ("let me recall"). */
    private static final Pattern OUR_SIDE = Pattern.compile("\\b(?:we|our|ours|us)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern NEGATION = Pattern.compile("\\b(?:no|not|never|nothing|none|neither|nor)\\b|n't\\b", Pattern.CASE_INSENSITIVE);
    /** "recruitment in Kestria is carried out by G": something done by G that is not the event. */
    private static final Pattern NOT_THE_EVENT = Pattern.compile("\\b(?:" + String.join("|", DataFile.lines(ClaimExtractor.class, "not-the-event.txt"))
            + ")\\b[^.;]{0,100}?\\b(?:is|are|was|were|been|being)\\s+(?:\\p{L}+ly\\s+)?(?:carried out|organi[sz]ed|conducted|led|run|handled)(?:\\s+by)?\\b"
            + "|\\b(?:carried|carry|carries|carrying) out\\s+(?:[\\p{L}-]+\\s+){0,2}(?:" + String.join("|", DataFile.lines(ClaimExtractor.class, "not-the-event.txt")) + ")\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern QUANTITY = cues("quantity-cues.txt");
    /** What may stand between a counted noun and the verb that counts it: "patients (have) died". */
    private static final Pattern AUXILIARIES = Pattern.compile("\\s+(?:(?:have|has|had|were|was|are|is|been|being)\\s+)*");
    private static final Pattern VERIFICATION = cues("verification-cues.txt");
    private static final Pattern TIME = cues("time-cues.txt");
    private static final Pattern HEDGE = cues("hedges.txt");
    /** A word saying the event happened or naming it ("broke out", "the blast"), from the words the event finder knows events by. */
    private static final Pattern EVENT_WORD = Pattern.compile("\\b(?:" + String.join("|", DataFile.lines(ClaimExtractor.class, "/org/narrascope/versions/event-verbs.txt"))
            + "|(?:" + String.join("|", DataFile.lines(ClaimExtractor.class, "/org/narrascope/versions/event-nouns.txt")) + ")(?:s|es)?)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern PLACE = Pattern.compile(String.join("|", DataFile.lines(ClaimExtractor.class, "place-cues.txt")));
    private static final String UNITS = "one|two|three|four|five|six|seven|eight|nine";
    private static final String TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety";
    private static final String UNDER_TWENTY = UNITS + "|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen";
    /** One person held, after "a" or "a third": "man has been detained", "suspect was arrested". */
    private static final String ONE_HELD = "(?:man|woman|person|suspect|teenager)\\s+(?:has|had|was)\\s+(?:been\\s+)?(?:detained|arrested)\\b";
    private static final Pattern NUMBER = Pattern.compile("\\b\\d[\\d,.]*\\b"
            + "|\\b(?:" + TENS + ")-(?:" + UNITS + ")\\b"
            + "|\\b(?:" + UNDER_TWENTY + "|" + TENS + "|dozens?|hundreds?|thousands?)\\b(?!-)"
            // "a man has been detained" (one), "a third person has been detained" (three in all)
            + "|(?<=\\ba\\s)(?:second|third|fourth|fifth)\\b(?=\\s+" + ONE_HELD + ")|\\ban?\\b(?=\\s+" + ONE_HELD + ")"
            // "no patient has died", "neither death was caused by", "nobody was killed": a count of zero
            + "|\\b(?:no|neither)\\b(?=\\s+(?:one|patients?|people|persons?|deaths?|lives|casualties|civilians|victims|bodies|child|children|workers?|passengers?|residents?|pupils?|students?)\\b)|\\bnobody\\b",
            Pattern.CASE_INSENSITIVE);
    /** A measured amount: a number and its unit ("180 millimetres", "60 percent"). */
    private static final Pattern LENGTH = Pattern.compile("(?:kilo|centi|milli)?(?:metre|meter)s?|miles?|feet", Pattern.CASE_INSENSITIVE);
    private static final Pattern POSITION_AFTER = Pattern.compile("\\s+(?:off|from|away|north|south|east|west|down|up|along|inland|offshore|"
            + "outside|upstream|downstream)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern MEASURE = Pattern.compile("\\b(\\d[\\d,.]*\\d|\\d|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|"
            + "forty|fifty|hundreds?|thousands?)\\s*(" + String.join("|", DataFile.lines(ClaimExtractor.class, "measure-units.txt")) + ")(?![\\p{L}-])",
            Pattern.CASE_INSENSITIVE);
    private static final String MONTH = "(?:January|February|March|April|May|June|July|August|September|October|November|December)";
    /**
     * What makes a number a date, a time, a measure or a frequency rather than a count ("14 March", "2:40", "36 hours", "12
     * kilometres", "postponed three times").
     */
    private static final Pattern DATE_AFTER = Pattern.compile("\\s*(?:" + MONTH + "|a\\.m|p\\.m|am\\b|pm\\b|hours|days|weeks|minutes|years|"
            + "metres|meters|kilometres|kilometers|millimetres|millimeters|percent|times\\b)");
    private static final Pattern DATE_BEFORE = Pattern.compile(MONTH + "\\s*$");
    private static final Pattern PART_OF = Pattern.compile("(?:\\d|\\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty))\\s+of\\s+(?:the|these|those)\\s+$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern RISEN_TO = Pattern.compile("[^.;:!?\\d]{0,80}\\b(?:risen|rose|climbed|jumped|grown|increased|reached|stands|stood|now)\\s+(?:to|at)?\\s*",
            Pattern.CASE_INSENSITIVE);
    /** A fact check's rating: the label, then a rating of {@code verdict-ratings.tsv}. */
    private static final Pattern VERDICT = Pattern.compile("\\s*(?:Our |The )?(?:verdict|rating|ruling|conclusion)\\s*:\\s*(\\p{L}[\\p{L} ]*)",
            Pattern.CASE_INSENSITIVE);
    private static final LabelTexts RATINGS = LabelTexts.resource(ClaimExtractor.class, "verdict-ratings.tsv");
    /** The claim a fact check goes on to rate: "Claim: posts say ...". */
    private static final Pattern SECTION_LABEL = Pattern.compile("\\s*(?:What we (?:know|don't know|do not know)(?: so far)?|Background|Context|The facts)\\s*:",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CHECKED = Pattern.compile("\\s*(?:The )?claim\\s*:", Pattern.CASE_INSENSITIVE);
    /** A body's capitalised name, with "of" between its words: "the Ministry of Internal Security". */
    private static final String BODY_NAME = "((?:the\\s+)?\\p{Lu}[\\p{L}'’-]*(?:\\s+(?:of\\s+(?:the\\s+)?)?\\p{Lu}[\\p{L}'’-]*)*)";
    private static final String LABELLED = "(?:called|described|termed|labell?ed|branded|dismissed|rejected|denounced)";
    /** A live entry's heading that gives a body's figures: "First figures from the coastguard: ...", "The coastguard's latest toll: ...". */
    private static final Pattern FIGURES_FROM = Pattern.compile("^\\s*(?:\\d{1,2}[:.]\\d{2}\\s*[-–—]\\s*)?(?:"
            + "(?:(?:the\\s+)?(?:first|latest|new|official|updated|revised|final)\\s+)?(?:figures?|count|toll|tally)\\s+(?:from|of)\\s+((?:the\\s+)?\\p{Lu}[^:,.;]*?)"
            + "|((?:the\\s+)?\\p{Lu}[^:,.;]*?)['’]s?\\s+(?:(?:first|latest|new|official|updated|revised|final)\\s+)?(?:figures?|count|toll|tally))\\s*:",
            Pattern.CASE_INSENSITIVE);
    /** "The figure of 31 was given by the union", "the toll of 17 issued by the foundation": the figure's author. */
    private static final Pattern FIGURE_GIVEN_BY = Pattern.compile("\\b(?:figure|toll|count|estimate|tally) of [^,;:]{1,30}?\\s(?:(?:was|were|had been|has been)\\s+)?"
            + "(?:given|issued|released|published|cited|announced) by ((?:the\\s+)?\\p{Lu}[^,.;:(]*)", Pattern.CASE_INSENSITIVE);
    /** "it was noted in the ministry", "In the rail company it was reported that": the source of translated news. */
    private static final Pattern PASSIVE_SOURCE = Pattern.compile("\\b(?:it|this) (?:was|has been|had been|is) (?:also )?(?:noted|reported|stated|said|"
            + "announced|stressed|emphasi[sz]ed|pointed out|added|explained|clarified|confirmed|specified) (?:in|at) ((?:the )?\\p{Lu}[^,.;:]*)"
            + "|^\\s*In ((?:the )?\\p{Lu}[^,.;:]*?),? (?:it|this) (?:was|has been|had been|is) (?:also )?(?:noted|reported|stated|said|announced|stressed|"
            + "emphasi[sz]ed|pointed out|added|explained|clarified|confirmed|specified)\\b"
            // "such statements were called 'irresponsible speculation' in the Ministry of Defence", "In the ministry, the claims
            // were described as ...": the wording of official rejections in translation
            + "|\\b(?:was|were|has been|have been|had been) " + LABELLED + "\\s+in\\s+" + BODY_NAME + "\\s+(?:as|a|an)\\b"
            + "|^\\s*In " + BODY_NAME + ",?\\s+[^.;]*?\\b(?:was|were|has been|have been|had been) " + LABELLED + "\\b");
    private static final List<Pattern> SOURCES_WITHOUT_VERB = List.of(FIGURES_FROM, FIGURE_GIVEN_BY, PASSIVE_SOURCE);
    /** "12%", "12 per cent", "12 percent" (not "12 persons"). */
    private static final Pattern PERCENT = Pattern.compile("\\s?(?:%|per ?cent\\b)", Pattern.CASE_INSENSITIVE);
    /** Between a counted word and a figure after it: the start of another clause. */
    private static final Pattern CLAUSE_BREAK = Pattern.compile(";|,\\s+with\\b|\\b(?:and|but|while|whereas)\\b");
    /** A firm the article has named, told of by what it is. */
    private static final Pattern ACTOR_DESCRIPTION = Pattern.compile("\\b(?:the (?:[\\p{L}-]+['’]s )?(?:" + String.join("|", DataFile.lines(ClaimExtractor.class, "actor-descriptions.txt"))
            + ")|police)\\b", Pattern.CASE_INSENSITIVE);
    /**
     * ", the fire service said on Monday." or '...," X said on Monday.' ending a sentence: the speaker's words, then the verb
     * and when or how it was said.
     */
    private static final Pattern TRAILING_SPEAKER = Pattern.compile(",[\"”]?\\s+((?:the|a|an|its|their|his|her|\\p{Lu}[\\p{L}'’.-]*)(?:\\s+[\\p{L}'’.-]+){0,7}?)"
            + "\\s+(?:said|says|told reporters|tells reporters|announced|added|confirmed|stated|reported)"
            + "(?:\\s+(?:late |early )?on\\s+\\p{Lu}\\p{Ll}+|\\s+on\\s+\\d{1,2}\\s+\\p{Lu}\\p{Ll}+|\\s+in a statement)?\\s*[.!]?\\s*$");
    /** '..., " said X, who lives nearby.': a quotation closed, the verb, then the speaker and an aside about them. */
    private static final Pattern INVERTED_SPEAKER = Pattern.compile("[,?!][\"”]\\s+(?:said|says|added)\\s+((?:\\p{Lu}[\\p{L}'’.-]*\\s+){0,3}\\p{Lu}[\\p{L}'’.-]*)"
            + "(?:,\\s+[^\"“”]*)?[.!]\\s*$");
    /**
     * "..., said police chief X." without quotation marks: the parser may take the speaker for what was said, with "said"
     * hanging loose; the words after the verb, up to a name, are the speaker's (not "said to be in X").
     */
    private static final Pattern SAID_AFTER = Pattern.compile(",\\s+(?:said|says|added)\\s+((?!(?:to|by|in|on|at|of|that|for|from|with|it|he|she|they|we)\\b)"
            + "(?:[\\p{L}'’.-]+\\s+){0,6}?\\p{Lu}[\\p{L}'’.-]*)(?:,\\s+[^\"“”]*)?[.!]\\s*$");
    /** "X, who asked not to be named, said": the speaker's words, an aside about them, the verb. */
    private static final Pattern LEADING_SPEAKER = Pattern.compile("\\s*(?:(?:But|And|Yet)\\s+)?((?:the|a|an|one|\\p{Lu}[\\p{L}'’.-]*)(?:\\s+[\\p{L}'’.-]+){0,6}?)"
            // (also without commas around an asking for anonymity: "a maintenance engineer who asked not to be named said")
            // (and a participle telling how they know, which the parser takes for the main verb: "two people briefed on the talks said")
            + "(?:,\\s+(?:who|which|whose)\\s[^,;\"“”]{1,100},|\\s+who\\s+(?:asked|spoke|declined|requested)\\s[^,;\"“”]{1,60}?"
            + "|\\s+(?:briefed|involved)\\s+(?:on|in)\\s[^,;\"“”]{1,60}?)"
            + "\\s+(?:said|says|told\\s+\\p{L}+|added|warned|insisted|claimed)\\b");
    /** "suggestions that", "claims that": a version told of, whose clause follows. */
    private static final Pattern CLAIM_THAT = Pattern.compile("\\b(?:" + String.join("|", DataFile.lines(ClaimExtractor.class, "attribution-nouns.txt"))
            + ")s?\\s+that\\b", Pattern.CASE_INSENSITIVE);
    /** "'s report", "'s figure": what follows a name that is the claim's author, not the one blamed. */
    private static final Pattern AUTHORS = Pattern.compile("['’]s?\\s+(?:\\p{L}+\\s+)?(?:" + String.join("|", DataFile.lines(ClaimExtractor.class,
            "attribution-nouns.txt")) + "|report|findings|answer)s?\\b", Pattern.CASE_INSENSITIVE);
    /** After a figure: what it adds to an earlier count ("two more residents have died"). */
    private static final Pattern MORE_AFTER = Pattern.compile("\\s+more\\b", Pattern.CASE_INSENSITIVE);
    /** Before a figure: the group it is part of ("among the dead were"). */
    private static final Pattern AMONG = Pattern.compile("\\bamong\\s+(?:the\\s+)?\\p{L}+\\s+(?:were|are|was|is)\\s+$|\\bamong them\\s+(?:were|are)?\\s*$",
            Pattern.CASE_INSENSITIVE);
    /** Before a figure: a speaker's own figure, told of by a possessive ("its earlier toll of"). */
    private static final Pattern SPEAKERS_FIGURE = Pattern.compile("\\b(?:its|their|his|her)\\s+(?:own\\s+)?(?:\\p{L}+\\s+)?(?:toll|figure|count|estimate|tally)\\s+of\\s+$",
            Pattern.CASE_INSENSITIVE);
    private static final String PEOPLE = "parents|residents|families|villagers|people|locals|neighbou?rs|survivors|"
            + "witnesses|workers|commuters|shopkeepers|farmers|pupils|students|passengers|staff|media|outlets|newspapers|websites|commentators|bloggers";
    /**
     * Speaker words naming people or outlets by where they are ("residents of Orne", "workers at the plant", "pro-government
     * media in X"); after another word only in lower case (the "General Staff of X" is a body).
     */
    private static final Pattern PEOPLE_OF = Pattern.compile("(?i)(?:the\\s+)?(?:[\\p{L}-]+\\s+(?-i:" + PEOPLE + ")|" + PEOPLE + ")"
            + "\\s+(?:in|from|of|at|on)\\b.*", Pattern.DOTALL);
    /** "a nurse", "one shaken lorry driver": how one person told of but not named opens, up to the last word. */
    private static final String ONE_PERSON_OPENING = "(?i)(?:a|an|one|another)\\s+(?:[\\p{L}-]+\\s+){0,2}?";
    /**
     * "a student from X", "a booking agent in X", "a police source in X": one person told of by where they are, whose
     * words are no place's (the word before the place must be a head of {@code unnamed-sources.txt}).
     */
    private static final Pattern ONE_PERSON_IN = Pattern.compile(ONE_PERSON_OPENING + "([\\p{L}-]+)\\s+(?:in|from|at|on)\\b.*", Pattern.DOTALL);
    /** "the Press Service of (the General Staff of X)": what comes before the body a press office speaks for. */
    private static final Pattern PRESS_OFFICE_OF = Pattern.compile("\\s*(?i:the\\s+)?(?i:press)\\s+(?i:service|office|centre|center|department)\\s+of\\s+(?:the\\s+)?");
    /** A relative clause or an aside after the words naming a speaker ("a senior official, speaking on condition of anonymity"). */
    private static final Pattern RELATIVE_CLAUSE = Pattern.compile(",?\\s+(?:which|who|whose)\\b.*$|,\\s+\\p{Ll}+ing\\b.*$", Pattern.DOTALL);
    private static final Pattern OF_THE = Pattern.compile("\\s+of\\s+(?:the|those)\\s+");
    private static final Pattern PART_AFTER = Pattern.compile("\\s+of (?:them|whom)\\b");
    /** A counted word for those held; who they are is worth a claim of its own. */
    private static final Pattern HELD = Pattern.compile("(?i)detained|arrested|arrests|detentions|held|holding|custody|questioned|rounded");
    /**
     * After a count of those held, who they are: "six in custody, including the stall's owner", "three detentions: two
     * technicians and a manager", "two detained for questioning, a supervisor and a technician".
     */
    private static final Pattern HELD_WHO = Pattern.compile("^[^.;:,]{0,40}?(?:,\\s+(?:including|among them|among whom)\\s+|:\\s+|,\\s+(?=(?:an?|the|two|three|four|five|six|seven|eight|nine|ten|\\d+)\\s))"
            + "(?!(?:an?|one|two|three|four|five|six|seven|\\d+)\\s+(?:days?|weeks?|hours?|months?|years?|minutes?)\\b|\\S+\\s+of\\s+(?:them|whom)\\b)([^.;,]+)");
    /** Where the words between a figure and its counted word end: "eleven Ardessans | have been detained". */
    private static final Pattern NOUN_END = Pattern.compile("\\s+(?:who|which|that|have|has|had|were|was|are|is|being|been)\\b|,");
    /** How many of the body's first sentences may announce a published statement. */
    private static final int STATEMENT_LINE_REACH = 3;
    /** A title that names whose words the text is: "Briefing by the spokeswoman of X, Y", "Statement of the Ministry of Z". */
    private static final Pattern TITLED_STATEMENT = Pattern.compile("(?:Briefing|Statement|Comment|Remarks|Address|Declaration|Communiqu[eé])"
            + "\\s+(?:by|of|from)\\s+(?:the\\s+)?(.+?)[.:]?"
            // a body's press release: "X statement on the incident at Y"
            + "|(?:[Tt]he\\s+)?(\\p{Lu}[\\p{L}'’-]*(?:\\s+(?:\\p{Lu}[\\p{L}'’-]*|of|and|for|\\(\\p{Lu}+\\)))*)\\s+(?i:statement|press release|communiqu[eé])"
            + "\\s+(?i:on|about|regarding|concerning)\\s+.+");
    /** Words that name a newsroom in a reporter's label: "(Tessmer News Agency)", "(Radio Kell)". */
    private static final Pattern NEWSROOM = Pattern.compile("(?i)\\b(?:news|agency|press|radio|television|tv)\\b");
    /** Words of someone speaking for themselves, which an interview's answers have and an explainer's do not. */
    private static final Pattern SPEAKING_FOR_ONESELF = Pattern.compile("\\b(?:I|[Mm]e|[Mm]y)\\b");
    /** An interviewer's question put to the guest. */
    private static final Pattern ADDRESSING = Pattern.compile("\\b[Yy]ou(?:r)?\\b");
    /** Words of someone speaking for themselves or their side: an answer in an interview, not the interviewer's prompt. */
    private static final Pattern FIRST_PERSON_WORDS = Pattern.compile("\\b(?:I|[Mm]e|[Mm]y|[Ww]e|[Uu]s|[Oo]ur)\\b");
    /** Five words or more and a full stop, a question or exclamation mark at the end (a closing quotation mark may follow). */
    private static final Pattern FULL_SENTENCE = Pattern.compile("^\\s*(?:\\S+\\s+){4,}\\S*[.!?][\"”’')]*\\s*$");
    private static final Pattern OPENING_QUOTE = Pattern.compile("\\s*[\"“]");
    /** A heading in capitals inside a published statement, giving the words under it to one person: "STATEMENT BY X, CHIEF EXECUTIVE". */
    private static final Pattern STATEMENT_HEADING = Pattern.compile("(?:STATEMENT|REMARKS|COMMENT|MESSAGE)\\s+(?:BY|FROM|OF)\\s+([\\p{Lu}\\s.'-]+?)(?:,.*)?");
    /** "The agency publishes the text of the statement of X.", "Below is the full text of the declaration by X:", "X issued the following statement:". */
    private static final Pattern PUBLISHED_STATEMENT = Pattern.compile("(?:.*\\b(?:publishes|published|is publishing|releases|released|carries|"
            + "distributes|distributed)\\s+(?:below\\s+)?|(?:Below|Here|The following) is\\s+)(?:the\\s+)?(?:full\\s+)?text\\s+of\\s+(?:the|a|an)\\s+"
            + "(?:official\\s+)?(?:statement|declaration|address|appeal|communiqu[eé])\\s+(?:of|by|from|issued by)\\s+(.+?)[.:]"
            + "|(.+?)\\s+(?:has\\s+)?(?:issued|released|made)\\s+the following statement[.:]");
    /** After a trailing "X said": a clause joined to what X said ("..., the ministry said, and 4,000 have been moved"). */
    private static final Pattern JOINED_AFTER = Pattern.compile("(?:\\s+on\\s+\\p{Lu}\\p{Ll}+)?,\\s+and\\s+(?!(?:said|says|added|told)\\b)");
    /** A figure in digits or words, up to ninety-nine in words. */
    private static final String FIGURE = "\\d[\\d,.]*\\d|\\d|(?:" + TENS + ")(?:-(?:" + UNITS + "))?|" + UNDER_TWENTY;
    private static final Pattern BARE_FIGURE = Pattern.compile("\\b(?:(?:says?|said|claims?|gives?|counts?|counted|puts? it at|(?:figure|count|total|toll) (?:is|was|stands at|remains))\\s+"
            + "(?:(?:at least|more than|over|about|around|nearly|almost|some)\\s+)?(" + FIGURE + ")(?=\\s*[.;,!?]|\\s+(?:not|rather|instead|and|but|while|whereas)\\b)|(?:figure|toll|total|tally|count) of\\s+(\\d[\\d,.]*\\d|\\d)\\b)",
            Pattern.CASE_INSENSITIVE);
    /** A presenter's question for a count ("How many people died, do you know?"), which the bare figures after it answer. */
    private static final Pattern HOW_MANY = Pattern.compile("^\\s*(?:\\p{L}+,\\s+)?how many\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern SET_AGAINST = Pattern.compile("\\b(?:not|says|said|say|claims|claimed|reports|reported|counts|gives|(?:figure|toll|total|tally|count) of|"
            + "puts (?:it|the (?:number|figure|total|toll|count)) at)\\s+$",
            Pattern.CASE_INSENSITIVE);
    /** "Why blame X when Y …?", "If the wiring was to blame, why did …?": a version tested against what is known. */
    private static final Pattern ANOTHER_EXPLANATION = Pattern.compile("\\s*(?:Why\\b[^?]*\\bwhen\\b|If\\b[^?]*?,\\s*(?:why|how)\\b)", Pattern.CASE_INSENSITIVE);
    /** "The death toll is also disputed": the article saying there is a dispute, which takes no side in it. */
    private static final Pattern DISPUTE_NOTED = Pattern.compile("\\b(?:is|are|was|were|remains?|remained)\\s+(?:also\\s+|still\\s+|\\p{L}+ly\\s+)?(?:disputed|contested)\\s*[.:]?\\s*$",
            Pattern.CASE_INSENSITIVE);
    /** "Survivors tell a different story.": that another version follows, which is no claim itself. */
    private static final Pattern STORY_NOTED = Pattern.compile("^[^.;:\"“]*\\b(?:tells?|told|telling|gives?|gave|offers?|offered|paints?|painted)\\s+(?:a|an)\\s+"
            + "(?:\\p{L}+\\s+)?(?:different|other|another|similar|darker|grimmer|conflicting)\\s+(?:story|version|account|picture)\\s*[.:]?\\s*$", Pattern.CASE_INSENSITIVE);
    /** "Klara Dunmoor, thank you.", "X and Y, thank you both for joining us.": an interview's close. */
    private static final Pattern SIGN_OFF = Pattern.compile("\\s*(?:[\\p{L}'’ ,.-]+,\\s*)?(?:thank you|thanks)(?:\\s+(?:all|both|very much|so much))?"
            + "(?:\\s+for (?:joining|talking to|speaking to|being with) us)?(?:\\s+(?:today|tonight|this morning|this evening))?\\s*[.!]?\\s*", Pattern.CASE_INSENSITIVE);
    /** "X has spoken to reporters", "Y has issued a short statement in reply": that someone spoke, which is no claim (a live blog's heading for what follows). */
    private static final Pattern SPOKE_NOTED = Pattern.compile("\\b(?:spoken|spoke|issued\\s+(?:a|an)\\s+(?:\\p{L}+\\s+)?statement|held\\s+a\\s+(?:press|news)\\s+conference)"
            + "(?:\\s+(?:to|with|in|for|outside|at|on)\\b[^.:;\"“]*)?\\.?\\s*$", Pattern.CASE_INSENSITIVE);
    /** How a question the article asks opens: a question word or an inverted verb, after a condition if any ("If ..., where is ..."). */
    private static final Pattern OWN_QUESTION = Pattern.compile("\\s*(?:And\\s+|But\\s+|So\\s+)?(?:(?:If|When|Since|Given that)\\b[^,?\"“”]{1,80},\\s*)?(?i:Why|Who|Whom|What|How|Which|Where|Is|Isn't|Are|Aren't|Was|Were|"
            + "Does|Doesn't|Do|Don't|Did|Didn't|Can|Could|Should|Would|Will|Has|Have|Had)\\b");
    private static final Pattern SENTENCE_OPENING = Pattern.compile("(?:^|[:.!?\\n])\\s*$");
    private static final Pattern ADDRESSED = Pattern.compile(",\\s+(?:I|we|you)\\b");
    private static final Pattern SEE_ALSO = Pattern.compile("\\s*(?:Read (?:also|more)|See also|Related|Watch|Listen)\\s*:", Pattern.CASE_INSENSITIVE);
    private static final int HEADING_WORDS = 10;
    private static final Pattern LIVE_HEADING = Pattern.compile("\\s*[^.]{0,60}\\blive (?:blog|updates|coverage)\\b[^.]{0,40}\\.?\\s*", Pattern.CASE_INSENSITIVE);
    private static final Pattern LEADING_WORDS = Pattern.compile("^(?:(?:even|also|only|and|but|the)\\s+)+", Pattern.CASE_INSENSITIVE);
    private static final Pattern INDIRECT_QUESTION = Pattern.compile("\\b(?:about|over|as to|asking|ask|asks|know|knows|knew|wonder|wonders|wondering|on)\\s+"
            + "(?:who|whom|what|whether)\\b[^,.;:]*", Pattern.CASE_INSENSITIVE);
    private static final Pattern ASKING = Pattern.compile("\\b(?:ask|asking|wonder|wondering)\\s+(?:whether|why|who|how|if)\\b", Pattern.CASE_INSENSITIVE);
    /** "according to X", and "by X's count" ("Fourteen are dead, by the ministry's count"). */
    private static final Pattern ACCORDING_TO = Pattern.compile("\\b(?:according to|by(?=\\s+[^,.;]+?['’]s?\\s+(?:[\\p{L}-]+\\s+)?(?:count|tally|figures?|estimate|reckoning)\\b)) ([^,.;]+)",
            Pattern.CASE_INSENSITIVE);
    /** "the ministry's final count": an author, and the claim noun it owns. */
    private static final Pattern SOURCE_OF = Pattern.compile("(?:the\\s+)?(?:[\\p{L}-]+\\s+){0,2}?(?:data|information|figures?|estimates?|findings|records)\\s+(?:of|from)\\s+(.+)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern POSSESSED_CLAIM = Pattern.compile("(.+?)['’]s?\\s+(?:[\\p{L}-]+\\s+){0,2}?(\\p{L}+)\\s*");
    /** "X, not Y, was the cause": the article (or speaker) asserts X and denies Y. */
    private static final Pattern CONTRAST = Pattern.compile(",\\s+not\\s+(?:any\\s+|a\\s+|the\\s+)?[^,]{3,40},");
    /** What a speaker sets aside for the cause they give: "…, not by Pelmoran agents", "… rather than our soldiers" (to the clause's end). */
    private static final Pattern SET_ASIDE = Pattern.compile("(?:,\\s+(?:and\\s+)?not|\\s+rather than|\\s+instead of)\\s+[^,.;:!?\"“”]{2,40}(?=[,.;:!?\"“”]|\\s*$)",
            Pattern.CASE_INSENSITIVE);
    /** A definition of what a name is, which links it to another: "X, a splinter faction of Y operating in Z, …". */
    private static final Pattern DEFINITION = Pattern.compile("^(?:The\\s+)?\\p{Lu}[\\p{L}'’ -]*,\\s+(?:a|an)\\s+([^,]*\\b(?:of|by)\\b[^,]*),");
    private static final Pattern BY_AGENT = Pattern.compile("\\s*by\\b", Pattern.CASE_INSENSITIVE);
    /** A responsibility cue that names the cause after it ("lies with X", "traced the flames to X"). */
    private static final Pattern CAUSE_AFTER = Pattern.compile("\\b(?:with|to)$", Pattern.CASE_INSENSITIVE);
    /** A sentence about what came before: "This is unproven", "The likelihood of this was shattered". */
    private static final Pattern ANAPHOR = Pattern.compile("(?:the\\s+\\p{L}+\\s+of\\s+)?(?:this|that|these|those|it)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern ANSWERED = Pattern.compile("(?:And\\s+)?(?:Did|Was|Were|Is|Are|Does|Do|Has|Have|How many|How much)\\b",
            Pattern.CASE_INSENSITIVE);
    /** Words that make a question or a rejection about a count ("disputed the figure", "is it an honest count?"). */
    /** Words of a count ("how many died", "the toll"), not "the dead" mourned or exploited. */
    private static final Pattern COUNT_WORDS = Pattern.compile("\\b(?:how many|count|toll|figure|number|died|deaths?|(?:mis|under|over)count(?:s|ed|ing)?)\\b|(?<!\\bthe )\\bdead\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PUNCTUATION = Pattern.compile("[.,:;]|``|''|-[LR]RB-|HYPH");
    private static final Set<String> FIRST_PERSON = Set.of("i", "we");
    private static final Set<String> REFLEXIVES = Set.of("itself", "themselves", "himself", "herself");
    private static final Set<String> BLAME = Set.of("responsibility", "accusation", "denial");
    /** "a spokeswoman", "the spokesman": someone speaking for a body the words do not name. */
    private static final Pattern BARE_SPOKESPERSON = Pattern.compile("(?:a|an|the)\\s+(?:spokesman|spokeswoman|spokesperson|representative)");
    private static final Set<String> REPRESENTATIVES = Set.copyOf(DataFile.lines(ClaimExtractor.class, "representatives.txt"));
    /** "(the governor)'s office", "(Minister X)'s lawyer": whom a representative speaks for (not "a spokesman for the prosecutor's office"). */
    private static final Pattern SPEAKING_FOR = Pattern.compile("\\s*((?:(?!\\b(?:for|of)\\s)\\S)(?:(?!\\s(?:for|of)\\s).)*?)['’]s\\s+(?:" + String.join("|", REPRESENTATIVES) + ")\\s*", Pattern.DOTALL);
    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "we", "i", "you", "this", "that");
    private static final Set<String> NOBODY = Set.of("no", "nobody", "none", "anyone", "anybody", "nothing", "everyone", "who", "whom", "what", "which");
    private static final Set<String> SUBJECTS = Set.of("nsubj", "nsubj:pass", "csubj");
    /** Verbs whose object is whom the words were said to ("told reporters", "assured the families"). */
    private static final Set<String> TELLING = Set.of("tell", "assure", "inform", "remind");
    /** "declined to confirm", "refused to say": no words are attributed. */
    private static final Set<String> WITHHOLDING = Set.of("decline", "refuse", "fail");

    /** How far a speaker's label may reach into its paragraph: a name, a role in brackets, the colon. */
    private static final int LABEL_REACH = 200;
    /** How far (characters) after a count a bare figure ("The union says 34.") may stand and still count the same. */
    private static final int COUNT_REACH = 200;
    private static final String HOST_ROLE_WORDS = String.join("|", DataFile.lines(ClaimExtractor.class, "host-roles.txt"));
    private static final Pattern HOST_ROLES = Pattern.compile("\\b(?:" + HOST_ROLE_WORDS + ")\\b",
            Pattern.CASE_INSENSITIVE);
    /** "our correspondent Lena Hart", "our reporter in Orne, Jan Vos": one of the programme's own people, by name. */
    private static final Pattern OWN_STAFF = Pattern.compile("\\b[Oo]ur\\s+(?:[\\p{Ll}-]+\\s+)?(?:" + HOST_ROLE_WORDS + ")(?:\\s+in\\s+\\p{Lu}\\p{L}+,?)?\\s+(\\p{Lu}\\p{L}+(?:\\s+\\p{Lu}\\p{L}+)*)");

    private final EntityIndex entities;

    ClaimExtractor(EntityIndex entities) {
        this.entities = entities;
    }

    /** Words by which a speaker names itself in what it says: an organisation claiming an act as its own. */
    private static final Pattern SELF = Pattern.compile("\\b(?:it|its|itself|we|our|us)\\b", Pattern.CASE_INSENSITIVE);

    /**
     * Who spoke last, for the pronouns after: the entity, and one person told of but not named ("a nurse", "one
     * resident") when they spoke since.
     */
    private record Previous(String speaker, String unnamed) {

        static final Previous NONE = new Previous(null, null);
        private static final Pattern ONE_PERSON = Pattern.compile(ONE_PERSON_OPENING + "[\\p{L}-]+");

        /**
         * A quotation closed by "she said", right after one person told of but not named spoke, is theirs; one closed by "a
         * spokeswoman said" right after a body spoke is the body's.
         */
        Voice retold(Article article, Voice v, Predicate<String> person) {
            if (v.speakerWords() == null) return v;
            String words = article.text().substring(v.speakerWords().start(), v.speakerWords().end()).strip().toLowerCase(Locale.ROOT);
            if (unnamedFor(words) != null) return new Voice(v.scope(), v.speakerWords(), null, unnamed, v.accuses(), v.nominal());
            String body = v.speaker() == null ? bodyFor(words, person) : null;
            return body != null ? new Voice(v.scope(), v.speakerWords(), body, v.speakerText(), v.accuses(), v.nominal()) : v;
        }

        /** Whom "he" or "she" stands for right after one person told of but not named spoke, or null. */
        String unnamedFor(String lowerCaseWords) {
            return unnamed != null && (lowerCaseWords.equals("he") || lowerCaseWords.equals("she")) ? unnamed : null;
        }

        /** The body "a spokeswoman" speaks for right after that body spoke, or null. */
        String bodyFor(String lowerCaseWords, Predicate<String> person) {
            return speaker != null && !person.test(speaker) && BARE_SPOKESPERSON.matcher(lowerCaseWords).matches() ? speaker : null;
        }

        Previous after(Voice v) {
            if (v.speaker() != null) return new Previous(v.speaker(), null);
            return v.speakerText() != null && ONE_PERSON.matcher(v.speakerText()).matches() ? new Previous(speaker, v.speakerText()) : this;
        }
    }

    /** A voice in a sentence: who speaks (null for the article) and the words that are theirs. */
    private record Voice(Span scope, Span speakerWords, String speaker, String speakerText, boolean accuses, boolean nominal) {

        boolean contains(int position) {
            return scope.start() <= position && position < scope.end();
        }
    }

    /**
     * Whom these claims blame (a party named as responsible or accused, or one that rejects the blame) and who does not
     * claim the deed as its own: such a party's account of itself is its defence.
     */
    static Set<String> blamedAndDenying(List<Claim> claims) {
        Set<String> out = new HashSet<>(Earlier.blamedBy(claims));
        for (Claim c : claims) {
            if (c.type().equals("responsibility") && !c.stance().equals("denies") && c.speaker() != null && c.speaker().equals(c.subject())) {
                out.remove(c.speaker());
            }
        }
        return out;
    }

    List<Claim> claims(Article article, CoreDocument doc) {
        return claims(article, doc, Set.of());
    }

    /** @param blamedElsewhere parties the corpus blames anywhere and who do not claim the deed: their own account is their side of it */
    List<Claim> claims(Article article, CoreDocument doc, Set<String> blamedElsewhere) {
        List<Claim> out = new ArrayList<>();
        int bodyStart = article.title() != null && article.text().startsWith(article.title()) ? article.title().length() : 0;
        List<CoreSentence> sentences = doc.sentences();
        OwnOutlet outlet = new OwnOutlet(article);
        Voice[] quoted = quotedVoices(article, outlet, sentences);
        boolean[] hosting = new boolean[sentences.size()];
        boolean[] turn = new boolean[sentences.size()];
        speakerTurns(article, outlet, sentences, quoted, hosting, turn);
        unlabelledInterview(article, sentences, bodyStart, quoted, hosting, turn);
        publishedStatement(article, sentences, bodyStart, quoted, turn);
        Previous lastSpeaker = Previous.NONE;
        Set<String> otherCauses = new HashSet<>();
        Claim asked = null;
        boolean explainer = IntStream.range(0, sentences.size()).filter(j -> sectionHeading(sentences, j)).count() > 1;
        for (int i = 0; i < sentences.size(); i++) {
            CoreSentence sentence = sentences.get(i);
            if (sentence.charOffsets().first() < bodyStart || answeredQuestion(sentences, i, explainer) || SpeakerLabels.onlyLabel(original(article, sentence))
                    || heading(sentence)) {
                continue;
            }
            // a presenter's questions are put to the guests, not to the reader; one for a count is what the bare figures after it
            // count ("How many died?" "The authority says nine.")
            if (hosting[i] && sentence.text().strip().endsWith("?")) {
                Matcher counted = HOW_MANY.matcher(sentence.text()).find() ? QUANTITY.matcher(sentence.text()) : null;
                if (counted != null && counted.find()) {
                    asked = new Claim(article.id() + "-asked", article.id(), new Span(sentence.charOffsets().first(), sentence.charOffsets().second()),
                            sentence.text(), null, null, "questions", "quantity", null, "how many " + counted.group(), null);
                }
                continue;
            }
            // inside a quotation, every voice is the quoted speaker's ("Ostravia denies it," the spokesman said)
            List<Voice> voices = quoted[i] != null ? new ArrayList<>(List.of(lastSpeaker.retold(article, quoted[i], entities::isPerson)))
                    : voices(article, outlet, sentence, lastSpeaker);
            boolean quotedOnly = quoted[i] != null;
            if (turn[i]) {
                // a guest telling what a body or person they name says ("the police have told us they hold three") gives that
                // one's words; what they tell of their own side, or of people they do not name, stays theirs
                String guest = quoted[i].speaker();
                List<Voice> named = voices(article, outlet, sentence, lastSpeaker).stream()
                        .filter(v -> !v.nominal() && !v.accuses() && v.speaker() != null && !v.speaker().equals(guest) && namedFirst(article, v)).toList();
                if (!named.isEmpty()) {
                    voices = new ArrayList<>(named);
                    quotedOnly = false;
                }
            }
            for (Voice v : voices) if (!v.nominal()) lastSpeaker = lastSpeaker.after(v);
            List<Claim> made = asked == null ? out : Stream.concat(out.stream(), Stream.of(asked)).toList();
            // (a statement published whole, or a guest's turn, says what each line says: its author being blamed in another
            // article does not make every line a defence)
            List<Claim> found = claims(article, sentence, voices, quotedOnly, out.size(), Earlier.of(made, otherCauses), otherCauses,
                    turn[i] ? Set.of() : blamedElsewhere);
            if (!found.isEmpty()) asked = null;
            out.addAll(found);
        }
        return out;
    }

    /**
     * What the article's claims so far say about blame: the answer the last one gives (what "this" refers to in
     * "the likelihood of this was shattered"), and everyone blamed, whose own words against it are a denial.
     */
    private record Earlier(String lastBlame, Set<String> blamed, Claim lastDenial, Claim last, Claim checked, Claim lastCount) {

        /** Whom the claims blame, as {@link #of} counts them. */
        static Set<String> blamedBy(List<Claim> claims) {
            return of(claims, Set.of()).blamed();
        }

        /** @param otherCauses those a blamed speaker has named as the cause instead ("caused by a surge on the Grid's line") */
        static Earlier of(List<Claim> made, Set<String> otherCauses) {
            String last = null;
            Set<String> blamed = new HashSet<>(otherCauses);
            for (Claim c : made) {
                // (a party rejecting the blame has been blamed, whether or not the article has said by whom)
                if (c.subject() != null && c.type().equals("denial")) blamed.add(c.subject());
                if (c.subject() == null || !Set.of("responsibility", "accusation").contains(c.type())) continue;
                last = c.subject();
                if (!c.stance().equals("denies") && !c.subject().equals(c.speaker())) blamed.add(c.subject());
            }
            Claim before = made.isEmpty() ? null : made.get(made.size() - 1);
            Claim checked = made.reversed().stream().filter(c -> CHECKED.matcher(c.text()).lookingAt()).findFirst().orElse(null);
            Claim count = made.reversed().stream().filter(c -> c.type().equals("quantity") && c.object() != null).findFirst().orElse(null);
            return new Earlier(last, blamed, before != null && before.type().equals("denial") && before.speaker() != null ? before : null, before,
                    checked, count);
        }

        /** The speaker has just rejected the blame: what they go on to say is their side of it ("Every ballot was counted"). */
        boolean continuesDenial(String speaker) {
            return lastDenial != null && lastDenial.speaker().equals(speaker);
        }
    }

    /**
     * A short question opening a paragraph that goes on to answer it ("Did the gang do it? It very
     * likely did.", "How many records were stolen? …"), or, in an explainer (an article with two section
     * headings or more), a section heading: not a rhetorical question.
     */
    private static boolean answeredQuestion(List<CoreSentence> sentences, int i, boolean explainer) {
        String text = sentences.get(i).text().strip();
        if (explainer && sectionHeading(sentences, i)) return true;
        if (!text.endsWith("?") || text.split("\\s+").length > 8 || !ANSWERED.matcher(text).lookingAt()) return false;
        boolean opens = i == 0 || paragraphBreak(sentences.get(i - 1), sentences.get(i));
        boolean answered = i + 1 < sentences.size() && !paragraphBreak(sentences.get(i), sentences.get(i + 1));
        return opens && answered;
    }

    /**
     * A short question that is a paragraph of its own, followed by one that is none ("What caused the crush?" over its
     * answer): with another like it, the sections of an explainer.
     */
    private static boolean sectionHeading(List<CoreSentence> sentences, int i) {
        String text = sentences.get(i).text().strip();
        return text.endsWith("?") && text.split("\\s+").length <= HEADING_WORDS && (i == 0 || paragraphBreak(sentences.get(i - 1), sentences.get(i)))
                && i + 1 < sentences.size() && paragraphBreak(sentences.get(i), sentences.get(i + 1)) && !sentences.get(i + 1).text().strip().endsWith("?");
    }

    /**
     * An article that publishes someone's statement ("The agency publishes the text of the statement of the Ministry of
     * X:", "Below is the full text of the declaration by Y.") is that one's words after the line announcing it, as a turn
     * of theirs in a transcript is: what they name others saying stays the others'.
     */
    private void publishedStatement(Article article, List<CoreSentence> sentences, int bodyStart, Voice[] quoted, boolean[] turn) {
        Matcher titled = article.title() == null || bodyStart == 0 ? null : TITLED_STATEMENT.matcher(article.title().strip());
        if (titled != null && titled.matches()) {
            // "Briefing by the Official Representative of the Ministry of X, Y": the whole text is Y's
            String title = titled.group(1) != null ? titled.group(1) : titled.group(2);
            String who = title.substring(title.lastIndexOf(", ") + 1).strip();
            int start = article.text().indexOf(who);
            Span author = new Span(start, start + who.length());
            Voice v = resolve(article, sentences.get(0), null, author, false, false, Previous.NONE);
            // (a name only a title-case headline gives may be no entity: the words still are that person's)
            if (v != null && (v.speaker() != null || v.speakerText() != null)) {
                int first = (int) sentences.stream().takeWhile(s -> s.charOffsets().first() < bodyStart).count();
                speaksFrom(first, v, author, sentences, quoted, turn);
                headedStatements(article, sentences, first, v, quoted);
                return;
            }
        }
        int read = 0;
        for (int i = 0; i < sentences.size() && read < STATEMENT_LINE_REACH; i++) {
            CoreSentence sentence = sentences.get(i);
            if (sentence.charOffsets().first() < bodyStart) continue;
            read++;
            Matcher published = PUBLISHED_STATEMENT.matcher(original(article, sentence).strip());
            if (!published.matches()) continue;
            String who = published.group(1) != null ? published.group(1) : published.group(2);
            int start = sentence.charOffsets().first() + original(article, sentence).indexOf(who);
            Span author = new Span(start, start + who.length());
            Voice v = resolve(article, sentence, null, author, false, false, Previous.NONE);
            if (v != null && v.speaker() != null) speaksFrom(i + 1, v, author, sentences, quoted, turn);
            return;
        }
    }

    /**
     * Under a heading "STATEMENT BY X, CHIEF EXECUTIVE" inside a body's statement, what the body's voice or no one's held
     * is X's, who is a person the text names in other words ("Aurel Vantrey" for "AUREL VANTREY").
     */
    private void headedStatements(Article article, List<CoreSentence> sentences, int first, Voice body, Voice[] quoted) {
        for (int i = first; i < sentences.size(); i++) {
            String line = original(article, sentences.get(i)).strip();
            Matcher heading = STATEMENT_HEADING.matcher(line.lines().findFirst().orElse(""));
            if (!heading.matches()) continue;
            int start = sentences.get(i).charOffsets().first() + line.indexOf(heading.group(1));
            Span author = new Span(start, start + heading.group(1).strip().length());
            Voice person = resolve(article, sentences.get(i), null, author, false, false, Previous.NONE);
            if (person == null || person.speaker() == null) continue;
            // (words given in quotation marks end with the first paragraph that opens without one)
            boolean inQuotes = i + 1 < sentences.size() && OPENING_QUOTE.matcher(sentences.get(i + 1).text()).lookingAt();
            for (int j = i + 1; j < sentences.size(); j++) {
                if (inQuotes && paragraphBreak(sentences.get(j - 1), sentences.get(j)) && !OPENING_QUOTE.matcher(sentences.get(j).text()).lookingAt()) break;
                if (quoted[j] != null && !Objects.equals(quoted[j].speaker(), body.speaker())) continue;
                CoreSentence later = sentences.get(j);
                quoted[j] = new Voice(new Span(later.charOffsets().first(), later.charOffsets().second()), author, person.speaker(), person.speakerText(), false, false);
            }
        }
    }

    /** The sentences from {@code first} on, but those quoting someone else, are the voice's, as a turn of theirs. */
    private static void speaksFrom(int first, Voice v, Span author, List<CoreSentence> sentences, Voice[] quoted, boolean[] turn) {
        for (int j = first; j < sentences.size(); j++) {
            if (quoted[j] != null) continue;
            CoreSentence later = sentences.get(j);
            quoted[j] = new Voice(new Span(later.charOffsets().first(), later.charOffsets().second()), author, v.speaker(), v.speakerText(), false, false);
            turn[j] = true;
        }
    }

    /**
     * The turns of a transcript or interview: a paragraph opening with a name in capitals and a colon ("ORIEL VANTROW
     * (Maritime Minister): …", "VANTROW: …") is that person's words, as a quotation would be; a presenter's or host's
     * paragraphs (by the role given at their first turn) stay in the article's voice and are marked in {@code hosting}.
     */
    private void speakerTurns(Article article, OwnOutlet outlet, List<CoreSentence> sentences, Voice[] quoted, boolean[] hosting, boolean[] turn) {
        Set<String> hosts = new HashSet<>();
        // the programme's own people, as it introduces them ("Our correspondent Lena Hart is at the scene")
        for (Matcher own = OWN_STAFF.matcher(article.text()); own.find(); ) {
            hosts.add(own.group(1).substring(own.group(1).lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT));
        }
        String person = null;
        Span labelWords = null;
        String labelText = null;
        boolean host = false;
        // an interview printed as "Q: ..." and "A: ...": the answers are the guest's, the person its introduction names last
        String guest = null;
        for (int i = 0; i < sentences.size(); i++) {
            CoreSentence sentence = sentences.get(i);
            if (i == 0 || paragraphBreak(sentences.get(i - 1), sentence)) {
                // (the label is a sentence of its own to CoreNLP: read on into the words after it)
                int from = sentence.charOffsets().first();
                String text = article.text().substring(from, Math.min(article.text().length(), from + LABEL_REACH));
                Matcher label = SpeakerLabels.at(text, 0);
                person = null;
                host = false;
                if (label != null) {
                    String name = label.group(1).toLowerCase(Locale.ROOT);
                    String surname = name.substring(name.lastIndexOf(' ') + 1);
                    // (a role for a name, "ANCHOR:", or after the name, "X (presenter):")
                    if (label.group(2) != null && HOST_ROLES.matcher(label.group(2)).find() || HOST_ROLES.matcher(name).matches() || outlet.asks(name)
                            || label.group(2) != null && reporterAsking(article.text(), from, label.group(2))) {
                        hosts.add(surname);
                        // ("PRESENTER (Jonas Krell):" and then "KRELL:")
                        String hostName = label.group(2) == null ? null : label.group(2).strip().toLowerCase(Locale.ROOT);
                        if (hostName != null && HOST_ROLES.matcher(name).matches()) hosts.add(hostName.substring(hostName.lastIndexOf(' ') + 1));
                    }
                    if (name.equals("q") && guest == null) guest = entities.lastPersonBefore(article.id(), from);
                    host = hosts.contains(surname) || name.equals("q");
                    person = host ? null : name.equals("a") ? guest : entities.personNamed(article.id(), name);
                    int start = sentence.charOffsets().first();
                    labelWords = new Span(start + label.start(1), start + label.end(1));
                    labelText = label.group(1);
                }
            }
            hosting[i] = host;
            if (person != null && quoted[i] == null) {
                turn[i] = true;
                quoted[i] = new Voice(new Span(sentence.charOffsets().first(), sentence.charOffsets().second()), labelWords, person, labelText, false, false);
            }
        }
    }

    /**
     * An interview printed as questions and answers without labels: a paragraph that is only a question (no quotation
     * marks, no speaker's label) is the interviewer's, and the others after the first of them are the guest's, the first
     * person named in the introduction's last paragraph that names one. It is an interview, not an explainer under
     * question headings or a column's run of rhetorical questions, when three questions or more are answered, a third of
     * them or more ask "you", and half the answers or more speak in the first person. A paragraph that is neither right
     * after a question nor in the first person is the interviewer's too ("The ministry says the gate was open.").
     */
    private void unlabelledInterview(Article article, List<CoreSentence> sentences, int bodyStart, Voice[] quoted, boolean[] hosting, boolean[] turn) {
        for (boolean t : turn) if (t) return; // (a transcript with labels, or a statement published whole, has its turns already)
        List<Span> paragraphs = new ArrayList<>();
        List<int[]> sentencesOf = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            CoreSentence sentence = sentences.get(i);
            if (sentence.charOffsets().first() < bodyStart) continue;
            if (sentencesOf.isEmpty() || paragraphBreak(sentences.get(i - 1), sentence)) {
                paragraphs.add(new Span(sentence.charOffsets().first(), sentence.charOffsets().second()));
                sentencesOf.add(new int[] {i, i + 1});
            } else {
                paragraphs.set(paragraphs.size() - 1, new Span(paragraphs.getLast().start(), sentence.charOffsets().second()));
                sentencesOf.getLast()[1] = i + 1;
            }
        }
        List<String> texts = paragraphs.stream().map(p -> article.text().substring(p.start(), p.end()).strip()).toList();
        boolean[] asks = new boolean[paragraphs.size()];
        int firstQuestion = -1;
        int questions = 0;
        int addressed = 0;
        int answers = 0;
        int inFirstPerson = 0;
        for (int p = 0; p < paragraphs.size(); p++) {
            String text = texts.get(p);
            asks[p] = text.endsWith("?") && !text.matches("(?s).*[\"“”].*") && SpeakerLabels.at(text, 0) == null;
            if (asks[p] && firstQuestion < 0) firstQuestion = p;
            if (asks[p]) {
                questions++;
                if (ADDRESSING.matcher(text).find()) addressed++;
            }
            if (p > 0 && asks[p - 1] && !asks[p]) {
                answers++;
                if (SPEAKING_FOR_ONESELF.matcher(text).find()) inFirstPerson++;
            }
        }
        if (answers < 3 || 2 * inFirstPerson < answers || 3 * addressed < questions) return;
        Span guestNamed = null;
        for (int p = firstQuestion - 1; p >= 0 && guestNamed == null; p--) guestNamed = entities.firstPersonIn(article.id(), paragraphs.get(p));
        if (guestNamed == null) return;
        String guest = entities.entityAt(article.id(), guestNamed);
        String name = article.text().substring(guestNamed.start(), guestNamed.end());
        for (int p = firstQuestion; p < paragraphs.size(); p++) {
            boolean guests = !asks[p] && (asks[p - 1] || FIRST_PERSON_WORDS.matcher(texts.get(p)).find());
            for (int i = sentencesOf.get(p)[0]; i < sentencesOf.get(p)[1]; i++) {
                hosting[i] = asks[p];
                if (!guests || quoted[i] != null) continue;
                CoreSentence sentence = sentences.get(i);
                quoted[i] = new Voice(new Span(sentence.charOffsets().first(), sentence.charOffsets().second()), guestNamed, guest, name, false, false);
                turn[i] = true;
            }
        }
    }

    /**
     * A reporter at a briefing, labelled with their newsroom and asking ("INES KARVO (The Ledger): ... Is that true?"), who
     * asks as a host does.
     */
    private static boolean reporterAsking(String text, int turnStart, String labelAside) {
        int paragraphEnd = text.indexOf("\n\n", turnStart);
        String turn = text.substring(turnStart, paragraphEnd < 0 ? text.length() : paragraphEnd).strip();
        return turn.endsWith("?") && !turn.matches("(?s).*[\"“”].*")
                && (OrganisationNames.outletWord(labelAside.strip().replaceAll(".*\\s", "")) || NEWSROOM.matcher(labelAside).find());
    }

    /** The stance of a fact check's rating ("mostly false" denies), or null when the words are no rating. */
    private static String rating(String words) {
        String lower = words.toLowerCase(Locale.ROOT).strip();
        String best = null;
        int length = 0;
        for (String stance : RATINGS.labels()) {
            for (String r : RATINGS.of(stance)) {
                boolean rates = lower.equals(r) || lower.startsWith(r) && !Character.isLetter(lower.charAt(r.length()));
                if (rates && r.length() > length) {
                    best = stance;
                    length = r.length();
                }
            }
        }
        return best;
    }

    /**
     * Whether the speaker's words open with their name ("even the Rail Union") or describe a body ("the authority"), not a
     * person by description ("the signalman at X"),
     * and are not whom the guest addresses ("Anna, I told them ...", "Anna, the inspectors have told me ...").
     */
    private boolean namedFirst(Article article, Voice v) {
        String text = article.text();
        int start = v.speakerWords().start();
        boolean opens = SENTENCE_OPENING.matcher(text.substring(Math.max(0, start - 5), start)).find();
        if (v.speakerText() == null || ADDRESSED.matcher(text).region(v.speakerWords().end(), text.length()).lookingAt()
                || opens && text.startsWith(",", v.speakerWords().end())) {
            return false;
        }
        String words = LEADING_WORDS.matcher(v.speakerText()).replaceFirst("");
        // (or a body the article has named, by what it is: "The authority says nine."; or the one person the article has
        // presented with that title: "The mayor says 6,100.")
        return entities.names(v.speaker()).stream().anyMatch(words::startsWith)
                || !entities.isPerson(v.speaker()) && ACTOR_DESCRIPTION.matcher(v.speakerText()).matches()
                || entities.isPerson(v.speaker()) && TITLE_ALONE.matcher(v.speakerText()).matches();
    }

    /** The sentence after the speaker's label that opens it, if any, and an opening quotation mark. */
    private static String withoutLabel(String text) {
        Matcher label = SpeakerLabels.at(text, 0);
        return (label != null ? text.substring(label.end()) : text).replaceFirst("^\\s*[\"“]", "");
    }

    /** The sentence as the article has it (NER read a speaker label's name in title case). */
    private static String original(Article article, CoreSentence sentence) {
        return article.text().substring(sentence.charOffsets().first(), sentence.charOffsets().second());
    }

    private static boolean paragraphBreak(CoreSentence before, CoreSentence after) {
        return after.charOffsets().first() - before.charOffsets().second() > 1 || before.text().endsWith("\n");
    }

    /**
     * @param quotedOnly the sentence is inside a quotation attributed elsewhere, or a guest's turn in a transcript: the
     *                   quoted speaker's claim even without a verb of saying ("The landlord ignored the tenants."), unless
     *                   it only thanks or grieves or is a fragment ("Not yet.")
     * @param earlier what the article's claims so far say about blame
     * @param otherCauses those blamed speakers have named as the cause instead, to which this sentence may add
     */
    private List<Claim> claims(Article article, CoreSentence sentence, List<Voice> voices, boolean quotedOnly, int index,
            Earlier earlier, Set<String> otherCauses, Set<String> blamedElsewhere) {
        String text = original(article, sentence);
        int start = sentence.charOffsets().first();
        Span whole = new Span(start, sentence.charOffsets().second());
        String stripped = text.strip().replaceAll("[\"”’']+$", "");
        boolean question = stripped.endsWith("?");
        List<Claim> out = new ArrayList<>();
        Matcher verdict = VERDICT.matcher(text);
        String rated = verdict.lookingAt() && earlier.checked() != null ? rating(verdict.group(1)) : null;
        if (rated != null) {
            // "Verdict: False." rates the claim checked above it: about a count, or else about who is to blame (a charge found
            // false disputes who did it; one found true is the article's own charge)
            Claim checked = earlier.checked();
            String type = checked.type().equals("quantity") || checked.type().equals("accusation") && !rated.equals("denies") ? checked.type() : "responsibility";
            // (a claim checked for where or when something was seen is rated for who was seen there, not the place)
            String subject = Set.of("place", "time").contains(checked.type()) ? entities.firstEntityIn(article.id(), checked.span(), null, null, true)
                    : checked.subject();
            out.add(claim(article, whole, text, index, new Voice(whole, null, null, null, false, false), rated, type, subject, checked.object()));
            return out;
        }

        // the top voices: those not inside another's words; the article's own voice when there is none
        List<Voice> top = new ArrayList<>();
        // a speaker's second verb beside its first ("X blamed Y and said the exits were open"): a claim only when of another kind
        List<Voice> beside = new ArrayList<>();
        for (Voice v : voices) {
            if (v.nominal()) continue;
            // (two verbs sharing one subject, "X said ... and accused Y", are side by side, not one inside the other)
            boolean inner = voices.stream().anyMatch(o -> o != v && !o.nominal() && o.speakerWords() != null && v.speakerWords() != null
                    && !o.speakerWords().equals(v.speakerWords()) && o.contains(v.speakerWords().start()) && !v.contains(o.speakerWords().start()));
            Voice same = top.stream().filter(o -> (o.speaker() != null ? o.speaker().equals(v.speaker())
                    : o.speakerText() != null && o.speakerText().equals(v.speakerText())))
                    .findFirst().orElse(null);
            // ("X said it was too early to say and rejected suggestions that ...": the rejection is what X's words come to)
            if (!inner && same != null && rejecting(article, v) && !rejecting(article, same) && !same.accuses()) top.set(top.indexOf(same), v);
            else if (!inner && same == null) top.add(v);
            else if (!inner) beside.add(v);
        }
        // the main clause, when no voice holds it, is the article's own
        SemanticGraph graph = sentence.dependencyParse();
        IndexedWord root = mainVerb(graph, text);
        Span rootSubject = root == null ? null : subjectOf(graph, root);
        // "X stood before the cameras and said ...": the main clause is the speaker's doing, not a claim of the article's
        // ("A group calling itself X claimed it in a message posted on Monday", parsed with "posted" as the main verb, or with
        // "group" as a root without a clause: a voice inside the main verb's subject, or beside a root that has none, is the
        // real main clause)
        boolean noClause = root != null && !hasSubject(graph, root) && (root.tag() == null || !root.tag().startsWith("VB")) && !hasChild(graph, root, "cop");
        // a question the article asks in its own words ("Why is Y so keen to say that X did it?") asks about the voices in it
        boolean ownQuestion = question && !quotedOnly && OWN_QUESTION.matcher(text).lookingAt() && !text.matches("(?s).*[\"“”].*");
        // a guest asking it in their turn of an interview, or a speaker in their quotation, asks it themselves
        boolean spokenQuestion = question && quotedOnly && OWN_QUESTION.matcher(withoutLabel(text)).lookingAt();
        if (ownQuestion || top.isEmpty() || root != null && !noClause && top.stream().noneMatch(v -> v.contains(root.beginPosition())
                || v.speakerWords() != null && rootSubject != null && rootSubject.start() <= v.speakerWords().start()
                        && v.speakerWords().end() <= rootSubject.end())) {
            // a question in the article's own voice asks about the voices inside it ("Why blame X when Y explains it?")
            if (question) top.clear();
            top.add(0, new Voice(whole, null, null, null, false, false));
        }

        // counts, each spoken by the innermost voice around it
        List<int[]> counts = new ArrayList<>(counts(text));
        // "The rescuers say 27 died. The union says 34.": a bare figure answering the count just before counts the same; so
        // does one after a count in the same sentence ("The airline says 155 were on board, and the committee says at least 170")
        Claim last = earlier.last();
        Claim lastCount = earlier.lastCount() != null && start - earlier.lastCount().span().end() <= COUNT_REACH ? earlier.lastCount() : null;
        Matcher bare = BARE_FIGURE.matcher(text);
        String countedBefore = null;
        // ("The ministry says seven, the army says five and the mayor says nine.": each figure set against the others)
        if (counts.isEmpty() && lastCount != null && bare.find()) {
            countedBefore = lastCount.object().replaceAll(".* ", "");
            do counts.add(new int[] {bare.start(bare.group(1) != null ? 1 : 2), -1, -1}); while (bare.find());
        } else if (counts.size() == 1 && counts.get(0)[1] >= 0 && bare.region(counts.get(0)[2], text.length()).find() && bare.group(1) != null) {
            countedBefore = text.substring(counts.get(0)[1], counts.get(0)[2]).toLowerCase(Locale.ROOT).replaceAll(".* ", "");
            do if (bare.group(1) != null) counts.add(new int[] {bare.start(1), -1, -1}); while (bare.find());
        }
        for (int[] count : counts) {
            int at = start + count[0];
            // a bare figure is given by whoever is named just before its verb ("the union says 23 and the association says
            // 26"), however the parser joined the clauses
            Voice v = count[1] >= 0 ? null : voices.stream()
                    .filter(x -> x.speakerWords() != null && x.speakerWords().start() >= start && x.speakerWords().end() <= at)
                    .max((a, b) -> Integer.compare(a.speakerWords().end(), b.speakerWords().end())).orElse(null);
            if (v == null) {
                v = voices.stream().filter(x -> x.speakerWords() != null && x.contains(at))
                        .min((a, b) -> Integer.compare(a.scope().end() - a.scope().start(), b.scope().end() - b.scope().start()))
                        .orElse(top.get(0).speakerWords() == null ? top.get(0) : new Voice(whole, null, null, null, false, false));
            }
            boolean negated = notBefore(text, count[0]);
            String word = count[1] < 0 ? countedBefore : text.substring(count[1], count[2]).toLowerCase(Locale.ROOT).replaceAll(".* ", "");
            // "among the dead were six children", "57 treated, nine of them in a critical condition": a part of the count,
            // which answers no "how many"
            String figure = number(text, count[0]);
            // ("fourteen of the injured remain in hospital": a part of the counted, named right after "of the")
            Matcher ofThe = OF_THE.matcher(text).region(count[0] + figure.length(), text.length());
            boolean part = PART_AFTER.matcher(text).region(count[0] + figure.length(), text.length()).lookingAt()
                    || count[1] >= 0 && ofThe.lookingAt() && ofThe.end() == count[1];
            boolean more = MORE_AFTER.matcher(text).region(count[0] + figure.length(), text.length()).lookingAt(); // "two more died": not the toll
            String counted = figure + (AMONG.matcher(text.substring(0, count[0])).find() ? " among the " : part ? " of the " : more ? " more " : " ") + word;
            // "raising its earlier toll of 29": the figure of the one who speaks in the sentence
            if (v.speakerWords() == null && SPEAKERS_FIGURE.matcher(text.substring(0, count[0])).find()) {
                v = voices.stream().filter(x -> !x.nominal() && x.speakerWords() != null).findFirst().orElse(v);
            }
            if (v.nominal()) {
                // "the minister said claims by the union that 19 had died were exaggerated": a figure the voice around it
                // rejects is that voice's, denied
                Voice claimed = v;
                Voice rejecting = voices.stream().filter(x -> !x.nominal() && x.speakerWords() != null && x.contains(at) && rejects(article, x, claimed))
                        .findFirst().orElse(null);
                if (rejecting != null) {
                    out.add(claim(article, whole, text, index + out.size(), rejecting, question ? "questions" : "denies", "quantity", null, counted));
                    continue;
                }
            }
            String scope = article.text().substring(v.scope().start(), v.scope().end());
            if (v.nominal() && !question && CONTRADICTION.matcher(scope).find()) {
                // "the minister's statement that no patient died goes further than the evidence": the minister's count, reported,
                // and the article's denial of it
                out.add(claim(article, whole, text, index + out.size(), v, "reports", "quantity", null, counted));
                out.add(claim(article, whole, text, index + out.size(), new Voice(whole, null, null, null, false, false), "denies", "quantity", null, counted));
                continue;
            }
            // "four are in custody, not six as the minister said": the "not" denies the figure set against this one
            boolean againstOther = !negated && counts.stream().anyMatch(c -> c != count && notBefore(text, c[0]));
            String stance = question ? "questions" : negated || !againstOther && CONTRADICTION.matcher(scope).find() ? "denies"
                    : v.speaker() != null || v.speakerText() != null || HEDGE.matcher(scope).find() ? "reports" : "asserts";
            out.add(claim(article, whole, text, index + out.size(), v, stance, "quantity", null, counted));
            String held = count[1] >= 0 && !part && HELD.matcher(word).matches() ? heldWho(article, text, start, count) : null;
            if (held != null) out.add(claim(article, whole, text, index + out.size(), v, stance, "quantity", null, held + " among the detained"));
        }

        List<Voice> speaking = new ArrayList<>(top);
        speaking.addAll(beside);
        int firstBeside = -1;
        for (int s = 0; s < speaking.size(); s++) {
            Voice v = speaking.get(s);
            if (s == top.size()) firstBeside = out.size();
            String words = article.text().substring(v.scope().start(), v.scope().end());
            if (v.speakerWords() == null) words = withoutOthersWords(words, v.scope().start(), voices);
            boolean denial = DENIAL.matcher(words).find();
            boolean contradiction = CONTRADICTION.matcher(words).find();
            // (a question told of, "arguing about who is to blame", blames no one)
            String told = INDIRECT_QUESTION.matcher(words).replaceAll(m -> " ".repeat(m.group().length()));
            boolean responsibility = SUSPICION.matcher(told).find() || RESPONSIBILITY.matcher(NOT_THE_EVENT.matcher(told).replaceAll(m -> " ".repeat(m.group().length()))).find();
            boolean attributed = v.speakerWords() != null;
            boolean verification = VERIFICATION.matcher(words).find();
            // "readers are entitled to ask whether their leaders are hiding": the article asks, in a sentence that is no question
            boolean asking = question || !attributed && ASKING.matcher(words).find();
            // someone the article has shown blamed, speaking for themselves: what is not so ("the seepage posed no risk", "they are
            // workers, not saboteurs") or their side of it ("every report had been logged and assessed")
            // (one who goes on to charge someone else is accusing in return)
            // a spokesman for whoever has just rejected the blame, speaking for them ("'Our fans were inspected,' company director
            // X told reporters" after the company's denial), goes on with it
            boolean forDenier = attributed && earlier.lastDenial() != null && !entities.isPerson(earlier.lastDenial().speaker())
                    && v.speaker() != null && entities.isPerson(v.speaker()) && OWN_SIDE.matcher(words).find();
            // someone who has just put the blame elsewhere ("a deliberate act by people who broke in," the manager said) going on
            // about their own side ("Our alarms worked.") defends it
            boolean pointedElsewhere = attributed && last != null && v.speaker() != null && v.speaker().equals(last.speaker())
                    && last.type().equals("responsibility") && !v.speaker().equals(last.subject())
                    && OWN_SIDE.matcher(words).find();
            boolean continues = earlier.continuesDenial(v.speaker()) || forDenier || pointedElsewhere;
            // the blamed party the speaker is or speaks for ("company director X" for the company)
            String party = !attributed ? null : earlier.blamed().contains(v.speaker()) ? v.speaker()
                    : v.speaker() != null && entities.isPerson(v.speaker()) && v.speakerWords() != null
                            ? entities.sideOf(article.id(), v.speakerText(), v.speaker(), v.speakerWords().start(), start) : null;
            if (party != null && !earlier.blamed().contains(party)) party = null;
            boolean blamedSpeaker = party != null;
            // (grief and thanks, "X declared a day of mourning", defend nothing)
            boolean defence = attributed && (blamedSpeaker || continues) && !FAULT.matcher(words).find() && !COURTESY.matcher(words).find();
            // a party another article blames, giving its account here without naming a cause or a culprit, defends itself too
            String ownSide = attributed ? standsFor(article, v, start) : null;
            boolean defendsElsewhere = !defence && ownSide != null && blamedElsewhere.contains(ownSide) && !FAULT.matcher(words).find()
                    && !v.accuses() && !ADMISSION.matcher(words).find() && !COURTESY.matcher(words).find();
            // "X caused it, not Y" said of someone the article has shown blamed, or of the speaker's own side ("not by us"),
            // rejects the blame on them, whatever cause it gives instead
            String rejectedSide = attributed && counts.isEmpty() ? rejectedSide(article, v, words, earlier) : null;
            // "called the explosion an industrial accident", once someone has been blamed: nobody did it
            boolean accident = attributed && counts.isEmpty() && earlier.lastBlame() != null && accident(words);
            boolean aboutCount = counts.isEmpty() && !responsibility && COUNT_WORDS.matcher(words).find();
            if (!attributed && counts.isEmpty() && (DISPUTE_NOTED.matcher(words.strip()).find() || SPOKE_NOTED.matcher(words.strip()).find())) continue;
            if (counts.isEmpty() && STORY_NOTED.matcher(text.strip()).find()) continue;
            // "the kitchen passed every inspection", the owner said: a speaker's own duty done rejects the blame
            boolean compliance = attributed && counts.isEmpty() && (COMPLIANCE.matcher(words).find()
                    // "it did not come from our works": what the speaker's own side did not do
                    || OUR_SIDE.matcher(words).find() && NEGATION.matcher(words).find() && !FAULT.matcher(told).find() && !asking);
            // an inspector or an analyst telling how it came about gives its cause, not a plain statement or a charge
            // (told as what happened: "nobody replaced them", "would have pushed"; not a standing fact such as who a group's members are)
            boolean expert = attributed && expert(article, v) && toldAsPast(graph, v.scope());
            // "the union said it blamed the airline", "'We blame the people who ...,' she said": the speaker's own charge inside
            boolean chargesWithin = attributed && chargesIn(graph, v.scope());
            String type = v.accuses() || chargesWithin ? "accusation"
                    : (denial || contradiction) && aboutCount ? "quantity"
                    // "said it accepted the findings and apologised": someone blamed taking the blame
                    : attributed && !denial && counts.isEmpty() && ADMISSION.matcher(words).find() ? "responsibility"
                    // the article calling a version false while tracing the cause ("That is false: the fire began at a
                    // junction box") disputes who or what is responsible
                    : denial && !attributed && responsibility && !aboutCount ? "responsibility"
                    : denial || rejectedSide != null || accident || compliance ? "denial"
                    : verification && !contradiction ? "other"
                    : (defence || defendsElsewhere) && !responsibility && counts.isEmpty() ? "denial"
                    // someone blamed naming another cause ("the blast was caused by a surge on the Grid's line", the company said)
                    : blamedSpeaker && defence && responsibility && counts.isEmpty() && !claimsIt(words) ? "denial"
                    // an official naming a culprit ("Interior Minister X said the blast was the work of saboteurs sent by Y") accuses
                    : responsibility && !contradiction && counts.isEmpty() && official(v) && NAMING.matcher(words).find() && !claimsIt(words) ? "accusation"
                    // someone blamed setting evidence against it ("there is no evidence linking us", the ministry said) denies it
                    : contradiction && counts.isEmpty() && !aboutCount && (blamedSpeaker || continues) ? "denial"
                    : responsibility || contradiction && counts.isEmpty() ? "responsibility"
                    // what has become of those held ("None has been charged.") is told for itself, whatever count it holds
                    : !asking && !FAULT.matcher(told).find() && CUSTODY.matcher(words).find() ? "statement"
                    // (a toll with the fault behind it, "21 died behind a padlocked door", is a charge too)
                    : !counts.isEmpty() && !FAULT.matcher(told).find() ? null
                    : (attributed || namedActor(article, graph, root) || faultOfNamed(article, v, words)) && FAULT.matcher(told).find()
                            ? (expert ? "responsibility" : "accusation")
                    // (a time given to something else than the event, "the certificate expired on 30 June", is a plain statement)
                    : !asking && TIME.matcher(words).find() ? (EVENT_WORD.matcher(text).find() ? "time" : "statement")
                    : PLACE.matcher(words).find() ? "place"
                    : attributed && (!quotedOnly || !asking && !COURTESY.matcher(words).find() && words.strip().split("\\s+").length > 2)
                            ? (expert ? "responsibility" : backsCharge(v, last, words) ? "accusation" : "statement")
                    : DEFINITION.matcher(text).find() ? "other"
                    // "Why blame a neighbour when the alarms had been broken for months?": a version set against another explanation
                    : asking && (ANOTHER_EXPLANATION.matcher(text).lookingAt() || question && DOUBTING.matcher(text).find() && !COUNT_WORDS.matcher(text).find())
                            ? "responsibility"
                    : asking ? (COUNT_WORDS.matcher(text).find() && !FAULT.matcher(told).find() ? "quantity" : "accusation")
                    : !attributed && (namedActor(article, graph, root) || EVIDENCE_OPENING.matcher(text).lookingAt()) ? "statement"
                    : null;
            if (type == null) {
                // a sentence of the one voice that no cue reads still states something ("Loaders from three firms work the
                // upper bench."), unless it is a heading, a courtesy or a fragment: the learnt types read it further
                if (speaking.size() > 1 || !out.isEmpty() || COURTESY.matcher(words).find() || !FULL_SENTENCE.matcher(text).find()) continue;
                type = "statement";
            }
            String stance = asking && (!attributed || spokenQuestion) ? "questions"
                    : denial || contradiction || type.equals("denial") ? "denies"
                    // (a fact check's "Claim:" line passes the claim on, whoever it names as its source)
                    : attributed || HEDGE.matcher(words).find() || CHECKED.matcher(text).lookingAt() ? "reports" : "asserts";
            String subject = subjectOf(article, v, type, words);
            if (rejectedSide != null) {
                subject = rejectedSide;
            } else if (type.equals("denial") && !denial && compliance && !accident) {
                // the party whose duty it was: the speaker, else the party their title names, else the one blamed the sentence names
                String side = standsFor(article, v, start);
                subject = side != null ? side : party != null ? party : subject;
            } else if (type.equals("denial") && !denial && accident) {
                // the party the speaker stands for: itself, else one blamed that the sentence names, else the last one blamed
                subject = v.speaker() != null && !entities.isPerson(v.speaker()) ? v.speaker() : blamedIn(article, whole, v, earlier);
            } else if (type.equals("denial") && !denial && pointedElsewhere && earlier.lastDenial() == null) {
                subject = standsFor(article, v, start);
            } else if (type.equals("denial") && !denial && continues && !blamedSpeaker) {
                // a denial that only goes on from the speaker's last one is about the same party, whoever else it names
                subject = earlier.lastDenial().subject();
            } else if (type.equals("denial") && !denial && blamedSpeaker && !entities.isPerson(party)) {
                // someone blamed giving their side is about themselves; another party they name is the cause they give instead
                if (subject != null && !subject.equals(party)) {
                    otherCauses.add(subject);
                    // and blames that party in turn (a firm or a person; a place so named is the speaker's own side as often)
                    if (!entities.isPlace(subject)) out.add(claim(article, whole, text, index + out.size(), v, "reports", "accusation", subject, null));
                }
                subject = party;
            }
            if (contradiction && type.equals("responsibility") && earlier.lastBlame() != null && ANAPHOR.matcher(words.strip()).lookingAt()) {
                // "the likelihood of this was shattered by X's admission that Y did it": the answer disputed is the one before;
                // Y, the evidence's answer, is given
                if (subject != null && !subject.equals(earlier.lastBlame()) && RESPONSIBILITY.matcher(words).find()) {
                    out.add(claim(article, whole, text, index + out.size(), v, attributed ? "reports" : "asserts", type, subject, objectOf(words, type)));
                }
                subject = earlier.lastBlame();
            } else if (subject == null && type.equals("responsibility") && attributed && ADMISSION.matcher(words).find()) {
                // who takes the blame: the speaker, or the party a person speaks for
                subject = standsFor(article, v, start);
            } else if (subject == null && type.equals("denial") && blamedSpeaker) {
                // someone blamed saying they did not do it ("he had given no such order", his office said) denies their own blame
                subject = party;
            } else if (subject == null && attributed && type.equals("denial") && (v.speaker() == null || !entities.isPerson(v.speaker()))
                    && CLAIM_REFERENCE.matcher(words).find()) {
                // a body dismissing "the claim" without naming whom it blamed (the police calling a group's claim a hoax) disputes
                // the blame just passed on
                subject = earlier.lastBlame();
            } else if (subject == null && (type.equals("accusation") || type.equals("responsibility")) && THEY_OPENING.matcher(words).lookingAt()) {
                // "They sent nobody.": the body named last, of which the speaker goes on speaking (not the speaker's own side:
                // "'They shot at unarmed people,' said Forum spokeswoman X" is about someone else)
                String named = entities.lastOrganisationBefore(article.id(), start);
                String own = standsFor(article, v, start);
                subject = named != null && !named.equals(own) ? named : null;
            } else if (subject == null && !attributed && stance.equals("denies") && BLAME.contains(type)) {
                // the article dismissing a version without naming it ("The tale of foreign saboteurs is a fairy tale") disputes
                // the blame it has just passed on
                subject = earlier.lastBlame();
            }
            out.add(claim(article, whole, text, index + out.size(), v, stance, type, subject, objectOf(words, type)));
            Matcher sponsor = type.equals("responsibility") && subject != null ? SPONSOR.matcher(words) : null;
            if (sponsor != null && sponsor.find()) {
                // "Grey Heron, working for X's intelligence service, did it": the one it acts for is charged too
                String behind = entities.firstEntityIn(article.id(), new Span(v.scope().start() + sponsor.start(), v.scope().end()), v.speakerWords(),
                        v.speaker(), true);
                if (behind != null && !behind.equals(subject)) out.add(claim(article, whole, text, index + out.size(), v, stance, "accusation", behind, null));
            }
            if (type.equals("accusation") && subject != null) {
                // "legal action against Halvecor, Tamsel Water and the Inspectorate": a charge against each party listed
                for (String other : entities.listedWith(article.id(), subject, v.scope())) {
                    if (!other.equals(subject) && !other.equals(v.speaker())) out.add(claim(article, whole, text, index + out.size(), v, stance, type, other, null));
                }
            }
            if (type.equals("time") && PLACE.matcher(words).find()) {
                out.add(claim(article, whole, text, index + out.size(), v, stance, "place", subject, null)); // when and where
            } else if (!asking && !type.equals("place") && !type.equals("time")) {
                whenAndWhere(article, whole, text, index, v, stance, words, out);
            }
            Matcher contrast = CONTRAST.matcher(words);
            if (type.equals("responsibility") && stance.equals(v.speakerWords() == null ? "asserts" : "reports") && contrast.find()) {
                // "X, not any foreign plot, caused it": the rejected cause is a claim of its own
                Span rejected = new Span(v.scope().start() + contrast.start(), v.scope().start() + contrast.end());
                out.add(claim(article, whole, text, index + out.size(), v, "denies", "responsibility",
                        entities.firstEntityIn(article.id(), rejected, null, null, true), contrast.group().replaceAll("^,\\s+|,$", "")));
            }
        }
        // a claim someone else made, reported inside another voice: "an accusation by X that ..."
        for (Voice v : voices) {
            if (!v.nominal() || top.stream().anyMatch(t -> t.speaker() != null && t.speaker().equals(v.speaker()))) continue;
            String words = article.text().substring(v.scope().start(), v.scope().end());
            boolean blame = RESPONSIBILITY.matcher(words).find() || words.toLowerCase(Locale.ROOT).matches("(?s).*\\b(?:accus|alleg|(?<!(?:set|placed|planted|laid) the )charge|claim).*");
            if (blame && counts.isEmpty()) {
                out.add(claim(article, whole, text, index + out.size(), v, "reports", "accusation", subjectOf(article, v, "accusation", words), null));
            }
        }
        if (firstBeside >= 0) {
            // (the second verb's plain statement, or a claim its speaker has made already in the sentence, is none of its own)
            List<Claim> again = new ArrayList<>();
            for (int i = firstBeside; i < out.size(); i++) {
                Claim c = out.get(i);
                boolean said = out.subList(0, i).stream().anyMatch(o -> o.type().equals(c.type()) && o.stance().equals(c.stance())
                        && (c.speaker() != null ? c.speaker().equals(o.speaker()) : Objects.equals(o.speakerText(), c.speakerText())));
                if (said || c.type().equals("statement")) again.add(c);
            }
            out.removeAll(again);
            out.replaceAll(c -> new Claim(article.id() + "-c" + (index + out.indexOf(c) + 1), c.article(), c.span(), c.text(), c.speaker(),
                    c.speakerText(), c.stance(), c.type(), c.subject(), c.object(), c.question()));
        }
        // "X denied that the cuts played any part and said the company was to blame": whom X blames is not whom X clears
        out.replaceAll(c -> c.type().equals("denial") && c.subject() != null && out.stream().anyMatch(o -> o.type().equals("accusation")
                && c.subject().equals(o.subject()) && Objects.equals(c.speaker(), o.speaker()))
                ? new Claim(c.id(), c.article(), c.span(), c.text(), c.speaker(), c.speakerText(), c.stance(), c.type(), null, c.object(), c.question())
                : c);
        return out;
    }

    /**
     * The party a speaker's "X, not Y" clears: Y when the article has shown Y blamed, or the speaker's own side when Y is
     * "us" (the speaker itself, or else the last party blamed); null when there is no such contrast.
     */
    private String rejectedSide(Article article, Voice v, String words, Earlier earlier) {
        Matcher contrast = SET_ASIDE.matcher(words);
        if (!contrast.find()) return null;
        Span span = new Span(v.scope().start() + contrast.start(), v.scope().start() + contrast.end());
        if (OWN_SIDE.matcher(contrast.group()).find()) {
            return v.speaker() != null && !entities.isPerson(v.speaker()) ? v.speaker() : earlier.lastBlame();
        }
        String named = entities.firstEntityIn(article.id(), span, null, null, true);
        if (named == null) named = entities.countryByDemonymIn(article.id(), span, null);
        return named != null && earlier.blamed().contains(named) ? named : null;
    }

    /** The party a voice stands for: its speaker, or the body a person speaks for ("company director X" for the company). */
    private String standsFor(Article article, Voice v, int sentenceStart) {
        return v.speaker() == null || !entities.isPerson(v.speaker()) || v.speakerWords() == null ? v.speaker()
                : entities.sideOf(article.id(), v.speakerText(), v.speaker(), v.speakerWords().start(), sentenceStart);
    }

    /**
     * What an accuser says right after their charge ("X accused the firm of ignoring cracks. 'The inspection was done from a
     * car window,' X said.") backs it, unless it tells of blame of its own ("Next the owners will blame the drivers").
     */
    private static boolean backsCharge(Voice v, Claim last, String words) {
        return last != null && last.type().equals("accusation") && !last.stance().equals("denies") && v.speaker() != null
                && v.speaker().equals(last.speaker()) && !ACCUSING_WORDS.matcher(words).find();
    }

    /** An inspector, an analyst, a scientist: the speaker's words, or the words presenting them where the article first names them. */
    private boolean expert(Article article, Voice v) {
        if (v.speakerText() != null && EXPERT.matcher(v.speakerText()).find()) return true;
        return v.speaker() != null && entities.isPerson(v.speaker()) && EXPERT.matcher(entities.presentation(article.id(), v.speaker())).find();
    }

    /** Whether a verb in the span is in the past or a perfect ("replaced", "had found", "would have pushed"). */
    private static boolean toldAsPast(SemanticGraph graph, Span scope) {
        for (IndexedWord w : graph.vertexSet()) {
            if (w.beginPosition() >= scope.start() && w.endPosition() <= scope.end() && ("VBD".equals(w.tag()) || "VBN".equals(w.tag()))) return true;
        }
        return false;
    }

    /** A minister, a government or its officials: the speaker's words or any of its names hold an official's title. */
    private boolean official(Voice v) {
        if (v.speakerText() != null && OFFICIAL.matcher(v.speakerText()).find()) return true;
        return v.speaker() != null && entities.names(v.speaker()).stream().anyMatch(n -> OFFICIAL.matcher(n).find());
    }

    /** "an accident", "accidental", but not "no accident" or "not an accident". */
    private static boolean accident(String words) {
        for (Matcher m = ACCIDENT.matcher(words); m.find(); ) {
            if (!NEGATION.matcher(words.substring(Math.max(0, m.start() - 25), m.start())).find()) return true;
        }
        return false;
    }

    /** "X claimed responsibility", "we carried out the attack": the speaker takes the blame rather than rejecting it. */
    private static boolean claimsIt(String words) {
        Matcher cue = RESPONSIBILITY.matcher(words);
        return cue.find() && cue.group().toLowerCase(Locale.ROOT).startsWith("claim") || OWN_SIDE.matcher(words).find() && !NEGATION.matcher(words).find();
    }

    /** The first party the sentence names (outside the speaker) that the article has shown blamed, else the last one blamed. */
    private String blamedIn(Article article, Span sentence, Voice v, Earlier earlier) {
        String named = entities.firstEntityIn(article.id(), sentence, v.speakerWords(), v.speaker(), true);
        if (named != null && earlier.blamed().contains(named)) return named;
        String country = entities.countryByDemonymIn(article.id(), sentence, v.speakerWords());
        return country != null && earlier.blamed().contains(country) ? country : earlier.lastBlame();
    }

    /** Whether the voice's own words, outside the claim it holds, reject it: "said claims by the union ... were exaggerated". */
    private static boolean rejects(Article article, Voice outer, Voice claimed) {
        String before = article.text().substring(outer.scope().start(), Math.max(outer.scope().start(), claimed.scope().start()));
        String after = article.text().substring(Math.min(outer.scope().end(), claimed.scope().end()), outer.scope().end());
        String words = article.text().substring(outer.scope().start(), outer.scope().end());
        return DENIAL.matcher(before + " " + after).find() || CONTRADICTION.matcher(words).find();
    }

    private static boolean rejecting(Article article, Voice v) {
        String words = article.text().substring(v.scope().start(), v.scope().end());
        return !v.accuses() && (DENIAL.matcher(words).find() || CONTRADICTION.matcher(words).find());
    }

    /** "…, and Tarvelia has blood on its hands": a fault said of an actor named just before it, in a clause of its own. */
    private boolean faultOfNamed(Article article, Voice v, String words) {
        Matcher fault = FAULT.matcher(words);
        if (!fault.find()) return false;
        int clause = Math.max(0, Math.max(words.lastIndexOf(',', fault.start()), words.lastIndexOf(';', fault.start())));
        Span before = new Span(v.scope().start() + clause, v.scope().start() + fault.start());
        return entities.firstEntityIn(article.id(), before, null, null, true) != null;
    }

    /**
     * The main clause's subject names an actor or is evidence: "Ostravia has expelled two diplomats" says what someone did,
     * "the authority has been warned repeatedly" what was done to someone, "inspection reports show seepage was recorded"
     * what the evidence shows.
     */
    private boolean namedActor(Article article, SemanticGraph graph, IndexedWord root) {
        if (root == null || root.tag() == null || !root.tag().startsWith("VB")) return false;
        for (SemanticGraphEdge e : graph.outgoingEdgeIterable(root)) {
            String relation = e.getRelation().toString();
            if (relation.equals("nsubj") || relation.equals("nsubj:pass")) {
                Span subject = phrase(graph, e.getDependent(), null);
                boolean evidence = relation.equals("nsubj") && NOT_SPEAKERS.contains(e.getDependent().word().toLowerCase(Locale.ROOT))
                        && (isOne(graph, root, REPORTING) || EVIDENCE_VERBS.contains(root.lemma()));
                return evidence || subject != null && (entities.entityAt(article.id(), subject) != null || describedActor(article, subject) != null);
            }
        }
        return false;
    }

    /** The organisation a subject such as "the company" or "the authority" stands for, once the article has named it, or null. */
    private String describedActor(Article article, Span subject) {
        String words = article.text().substring(subject.start(), subject.end());
        if (!ACTOR_DESCRIPTION.matcher(words).matches()) return null;
        String described = entities.described(article.id(), words, subject.start(), subject.start());
        return described == null || entities.isPerson(described) ? null : described;
    }

    /**
     * A sentence about something else that also says when the event happened, or where ("the first flames were seen beneath
     * the line at about 15:15"), answers those questions as well: a time and a place claim of the same voice, told as the
     * sentence tells its claim unless that is denied or asked.
     */
    private void whenAndWhere(Article article, Span whole, String text, int index, Voice v, String stance, String words, List<Claim> out) {
        String passedOn = stance.equals("asserts") || stance.equals("reports") ? stance : v.speakerWords() != null ? "reports" : "asserts";
        if (TIME.matcher(words).find() && EVENT_WORD.matcher(text).find()) {
            out.add(claim(article, whole, text, index + out.size(), v, passedOn, "time", subjectOf(article, v, "time", words), null));
        }
        if (PLACE.matcher(words).find()) {
            out.add(claim(article, whole, text, index + out.size(), v, passedOn, "place", subjectOf(article, v, "place", words), null));
        }
    }

    private Claim claim(Article article, Span sentence, String text, int index, Voice v, String stance, String type, String subject, String object) {
        return new Claim(article.id() + "-c" + (index + 1), article.id(), sentence, text, v.speaker(), v.speakerText(),
                stance, type, subject, object, null);
    }

    /**
     * The voices of a sentence: reporting, accusing and denying verbs with a subject of their own
     * (a negated or withheld verb, "did not confirm", "declined to say", gives none), "according to
     * X", and claim nouns with their author ("the ministry's figure", "an accusation by X").
     */
    private List<Voice> voices(Article article, OwnOutlet outlet, CoreSentence sentence, Previous lastSpeaker) {
        List<Voice> out = new ArrayList<>();
        SemanticGraph graph = sentence.dependencyParse();
        if (graph == null) return out;
        boolean counted = !counts(sentence.text()).isEmpty();
        boolean suspected = SUSPICION.matcher(sentence.text()).find();
        for (CoreLabel token : sentence.tokens()) {
            String lemma = token.lemma() == null ? "" : token.lemma().toLowerCase(Locale.ROOT);
            IndexedWord node = graph.getNodeByIndexSafe(token.index());
            if (node == null) continue;
            boolean verb = token.tag().startsWith("VB");
            boolean accuses = verb && (isOne(graph, node, ACCUSING)
                    && !toBlame(sentence, token)
                    || BLAME_PLACING.contains(lemma) && movesBlame(graph, node));
            boolean reports = verb && (isOne(graph, node, REPORTING) || counted && figures(graph, node, lemma) || SUSPECTING.contains(lemma) && suspected)
                    && !actedBy(graph, node) && !undergone(graph, node) && !namesItself(graph, node) && !arguedOver(sentence, token)
                    && !admittedPatients(graph, node);
            if ((accuses || reports) && !negated(graph, node)) {
                Span speakerWords = subjectOf(graph, node);
                // "... and the Aldmere Valley Rescue Service says 31", parsed with the verb hanging from its figure: the name right
                // before the verb speaks, and what follows it is theirs
                Span named = speakerWords == null && reports ? nameBefore(sentence, token) : null;
                Voice v = named != null ? resolve(article, sentence, new Span(token.endPosition(), clauseEnd(sentence, token)), named, false, false, lastSpeaker)
                        : speakerWords == null ? null : voice(article, sentence, graph, node, speakerWords, accuses, false, lastSpeaker);
                // the article's outlet telling of its own reporting speaks in the article's voice, by whatever form of its name
                // ("Tallgrass notes" in the Tallgrass Verify)
                boolean ownOutlet = v != null && (outlet.speaks(v.speakerText(), lemma)
                        || v.speaker() != null && entities.names(v.speaker()).stream().findFirst().filter(name -> outlet.speaks(name, lemma)).isPresent());
                if (v != null && !ownOutlet) out.addAll(eachSpeaker(article, sentence, graph, v, lastSpeaker));
            } else if (token.tag().startsWith("NN") && CLAIM_NOUNS.contains(lemma) && colonAfter(sentence, token)) {
                // "X issued a statement: Y was behind it": the whole sentence is X's
                IndexedWord governor = graph.getParent(node);
                Span speakerWords = governor == null ? null : subjectOf(graph, governor);
                if (speakerWords != null) {
                    out.add(resolve(article, sentence, new Span(sentence.charOffsets().first(), sentence.charOffsets().second()), speakerWords,
                            false, false, lastSpeaker));
                }
            } else if (token.tag().startsWith("NN") && CLAIM_NOUNS.contains(lemma)) {
                for (SemanticGraphEdge e : graph.outgoingEdgeIterable(node)) {
                    String relation = e.getRelation().toString();
                    // (not "its earlier toll", whose owner the sentence's speaker is)
                    boolean pronoun = e.getDependent().tag() != null && e.getDependent().tag().startsWith("PRP");
                    boolean author = !pronoun && (relation.equals("nmod:poss") || relation.startsWith("nmod") && hasChild(graph, e.getDependent(), "case", "by"));
                    // "the accusations of X", "the Kazmoran claim": an author only when the words name one
                    // (not "claims of Tarsian involvement", nor "a figure of 164 people")
                    boolean named = !pronoun && (relation.startsWith("nmod") && hasChild(graph, e.getDependent(), "case", "of")
                            && e.getDependent().tag().startsWith("NNP")
                            || (relation.equals("amod") || relation.equals("compound")) && e.getDependent().index() > 1 && Character.isUpperCase(e.getDependent().word().charAt(0)));
                    Voice v = author || named ? voice(article, sentence, graph, node, phrase(graph, e.getDependent(), null), false, true, lastSpeaker) : null;
                    if (v != null && (author || v.speaker() != null)) out.add(v);
                }
            }
        }
        int start = sentence.charOffsets().first();
        Matcher trailing = TRAILING_SPEAKER.matcher(sentence.text());
        if (trailing.find()) {
            // ", an inquiry's first findings said on Friday.": when the parser found the verb no subject, or one that runs from
            // the speaker's words back into what they said ("by the removal of ..., an inquiry's first findings"), what comes
            // before the speaker is theirs
            Span words = new Span(start + trailing.start(1), start + trailing.end(1));
            speakerBySurface(article, sentence, out, words, new Span(start, start + trailing.start()),
                    parsed -> parsed.start() < words.start() && parsed.end() >= words.end(), lastSpeaker);
        }
        Matcher inverted = INVERTED_SPEAKER.matcher(sentence.text());
        boolean quotedBefore = inverted.find();
        if (quotedBefore) {
            // '... nobody answered," said X, who lives on Y Street.': the parser, lost in the aside, finds the verb no subject
            // or the wrong one; what comes before the closing mark is the named speaker's
            Span words = new Span(start + inverted.start(1), start + inverted.end(1));
            speakerBySurface(article, sentence, out, words, new Span(start, start + inverted.start() + 1),
                    parsed -> parsed.end() <= start + inverted.start() || parsed.start() > words.end(), lastSpeaker);
        }
        Matcher after = SAID_AFTER.matcher(sentence.text());
        if (!quotedBefore && after.find()) {
            Span words = new Span(start + after.start(1), start + after.end(1));
            speakerBySurface(article, sentence, out, words, new Span(start, start + after.start()),
                    parsed -> parsed.start() >= start + after.start(), lastSpeaker);
        }
        Matcher leading = LEADING_SPEAKER.matcher(sentence.text());
        if (leading.lookingAt()) {
            // "One nurse, who asked not to be named, said staff had reported it": the parser, lost in the relative clause,
            // finds the verb no subject or the wrong one; the words after the verb are the speaker's
            Span words = new Span(start + leading.start(1), start + leading.end(1));
            int verbEnd = start + leading.end();
            speakerBySurface(article, sentence, out, words, new Span(verbEnd, sentence.charOffsets().second()),
                    parsed -> parsed.end() > words.end() && parsed.start() < verbEnd || parsed.start() >= verbEnd, lastSpeaker);
        }
        Matcher according = ACCORDING_TO.matcher(sentence.text());
        if (according.find()) {
            Span words = new Span(start + according.start(1), start + according.end(1));
            // "according to the ministry's final count": the count's author
            Matcher author = POSSESSED_CLAIM.matcher(according.group(1));
            if (author.matches() && CLAIM_NOUNS.contains(author.group(2).toLowerCase(Locale.ROOT))) {
                words = new Span(start + according.start(1), start + according.start(1) + author.end(1));
            }
            // "according to preliminary data of the rail company": the data's source
            Matcher source = SOURCE_OF.matcher(according.group(1));
            if (source.matches()) words = new Span(start + according.start(1) + source.start(1), start + according.end(1));
            IndexedWord governor = governingVerb(graph, sentence, start + according.start());
            Span scope = governor == null ? new Span(start, sentence.charOffsets().second()) : phrase(graph, governor, null);
            out.add(resolve(article, sentence, scope, words, false, false, lastSpeaker));
        }
        // a source the sentence names without a verb of saying speaks the whole sentence
        for (Pattern named : SOURCES_WITHOUT_VERB) {
            Matcher source = named.matcher(sentence.text());
            if (!source.find()) continue;
            int group = IntStream.rangeClosed(1, source.groupCount()).filter(g -> source.group(g) != null).findFirst().orElseThrow();
            Span words = new Span(start + source.start(group), start + source.end(group));
            out.add(resolve(article, sentence, new Span(start, sentence.charOffsets().second()), words, false, false, lastSpeaker));
        }
        out.removeIf(v -> v == null);
        return out;
    }

    /**
     * "The club and the police blamed the fans", "Governor X and the PGS have denied it": a voice for each speaker the subject
     * joins, when each names one of its own; else the voice as it is.
     */
    private List<Voice> eachSpeaker(Article article, CoreSentence sentence, SemanticGraph graph, Voice v, Previous lastSpeaker) {
        IndexedWord head = null;
        for (IndexedWord w : graph.vertexSet()) {
            IndexedWord up = graph.getParent(w);
            boolean inside = w.beginPosition() >= v.speakerWords().start() && w.endPosition() <= v.speakerWords().end();
            if (inside && (up == null || up.beginPosition() < v.speakerWords().start() || up.endPosition() > v.speakerWords().end())) head = w;
        }
        if (head == null) return List.of(v);
        List<IndexedWord> conjuncts = graph.outgoingEdgeList(head).stream().filter(e -> e.getRelation().toString().startsWith("conj"))
                .map(SemanticGraphEdge::getDependent).toList();
        if (conjuncts.stream().noneMatch(c -> hasChild(graph, c, "cc", "and"))) return List.of(v);
        List<Span> parts = new ArrayList<>();
        Set<IndexedWord> joined = new HashSet<>();
        for (IndexedWord c : conjuncts) {
            joined.addAll(graph.descendants(c));
            parts.add(phrase(graph, c, graph.getChildWithReln(c, UniversalEnglishGrammaticalRelations.COORDINATION)));
        }
        parts.add(0, span(graph.descendants(head), joined));
        List<Voice> out = new ArrayList<>();
        for (Span part : parts) {
            Voice each = part == null ? null : resolve(article, sentence, v.scope(), part, v.accuses(), v.nominal(), lastSpeaker);
            if (each == null || each.speaker() == null || out.stream().anyMatch(o -> o.speaker().equals(each.speaker()))) return List.of(v);
            out.add(each);
        }
        return out;
    }

    /** "The ministry puts the toll at 23", "the union has the names of 31": a verb, or a verb and its object, giving a figure. */
    private static boolean figures(SemanticGraph graph, IndexedWord verb, String lemma) {
        // ("residents numbering around 3,000": a participle describing the counted, not anyone giving a figure, as "the 31 dead
        // counted by the rescue service" is)
        SemanticGraphEdge up = incoming(graph, verb);
        if (up != null && up.getRelation().toString().startsWith("acl") && !hasChild(graph, verb, "obl:agent") && !hasChild(graph, verb, "obl", "by")) return false;
        boolean figures = FIGURING.contains(lemma);
        for (SemanticGraphEdge e : graph.outgoingEdgeIterable(verb)) {
            String object = e.getDependent().lemma() == null ? "" : e.getDependent().lemma().toLowerCase(Locale.ROOT);
            if (!e.getRelation().toString().equals("obj")) continue;
            if (FIGURING.contains("!" + lemma + " " + object)) return false; // "the roof gave way"
            figures |= FIGURING.contains(lemma + " " + object);
        }
        return figures;
    }

    /**
     * The article's own words with what its speakers say blanked out ("The ashes were still warm when X announced that the
     * fire had nothing to do with it": the denial is X's, not the article's), offsets kept.
     */
    private static String withoutOthersWords(String words, int from, List<Voice> voices) {
        char[] out = words.toCharArray();
        for (Voice o : voices) {
            if (o.speakerWords() == null || o.nominal()) continue;
            for (int i = Math.max(o.scope().start(), from); i < Math.min(o.scope().end(), from + out.length); i++) out[i - from] = ' ';
        }
        return new String(out);
    }

    /** "The country is still arguing about who is to blame": a dispute over a question says nothing of its own. */
    private static boolean arguedOver(CoreSentence sentence, CoreLabel token) {
        List<CoreLabel> tokens = sentence.tokens();
        return token.index() < tokens.size() && Set.of("about", "over").contains(tokens.get(token.index()).word().toLowerCase(Locale.ROOT));
    }

    /**
     * A line that is no sentence: a heading, a dateline or a pointer to another story ("Harbour News live blog, Kessaby.",
     * "Thursday 18 June.", "Read also: ..."), without a verb, a count or a "not" (a fact check's verdict is one).
     */
    private static boolean heading(CoreSentence sentence) {
        String text = sentence.text();
        if (SEE_ALSO.matcher(text).lookingAt() || SIGN_OFF.matcher(text).matches()) return true;
        // ("live" is read as a verb in "X News live blog, Y.")
        if (LIVE_HEADING.matcher(text).matches() && sentence.tokens().size() <= HEADING_WORDS && counts(text).isEmpty()) return true;
        if (VERDICT.matcher(text).lookingAt()) return false;
        boolean verb = sentence.tokens().stream().anyMatch(t -> t.tag() != null && (t.tag().startsWith("VB") || t.tag().equals("MD")));
        return !verb && counts(text).isEmpty() && !NEGATION.matcher(text).find() && !text.strip().endsWith("?");
    }

    /** "the operator was to blame": the subject is the one blamed, not one who blames. */
    private static boolean toBlame(CoreSentence sentence, CoreLabel token) {
        List<CoreLabel> tokens = sentence.tokens();
        int i = token.index() - 1; // the token's position in the list
        return i >= 2 && tokens.get(i - 1).word().equalsIgnoreCase("to") && "be".equalsIgnoreCase(tokens.get(i - 2).lemma());
    }

    /** "place co-responsibility on", "shift the blame onto": the verb's object is blame. */
    private static boolean movesBlame(SemanticGraph graph, IndexedWord verb) {
        for (SemanticGraphEdge e : graph.outgoingEdgeIterable(verb)) {
            String lemma = e.getDependent().lemma() == null ? "" : e.getDependent().lemma().toLowerCase(Locale.ROOT);
            if (e.getRelation().toString().equals("obj") && BLAME_NOUNS.contains(lemma)) return true;
        }
        return false;
    }

    /** "A group calling itself the Iron Rail Brigade", "a man describing himself as a spokesman": the verb names its subject, it reports nothing. */
    private static boolean namesItself(SemanticGraph graph, IndexedWord verb) {
        for (SemanticGraphEdge e : graph.outgoingEdgeIterable(verb)) {
            if (e.getRelation().toString().equals("obj") && REFLEXIVES.contains(e.getDependent().word().toLowerCase(Locale.ROOT))) return true;
        }
        return false;
    }

    /** "Ardun responded by expelling two diplomats": a reply made by doing something, which attributes no words. */
    /**
     * "three of them after being admitted": a reporting verb in the passive that tells no clause and names no one by whom is
     * done to someone, not said (not "it was reported by the service").
     */
    private static boolean undergone(SemanticGraph graph, IndexedWord verb) {
        // (a participle without an auxiliary describes a noun, whatever the parse: "the paper's figure, attributed to unnamed families")
        boolean describing = "VBN".equals(verb.tag()) && !hasChild(graph, verb, "aux");
        return (hasChild(graph, verb, "aux:pass") || describing) && !hasChild(graph, verb, "ccomp") && !hasChild(graph, verb, "obl", "by");
    }

    /** "The hospital said it had admitted 212 patients": a hospital taking people in, not anyone admitting anything. */
    private static boolean admittedPatients(SemanticGraph graph, IndexedWord verb) {
        if (!"admit".equalsIgnoreCase(verb.lemma())) return false;
        for (SemanticGraphEdge e : graph.outgoingEdgeIterable(verb)) {
            if (e.getRelation().toString().equals("obj") && hasChild(graph, e.getDependent(), "nummod")) return true;
        }
        return false;
    }

    private static boolean actedBy(SemanticGraph graph, IndexedWord verb) {
        IndexedWord by = graph.getNodeByIndexSafe(verb.index() + 1);
        IndexedWord doing = graph.getNodeByIndexSafe(verb.index() + 2);
        return by != null && doing != null && by.word().equalsIgnoreCase("by") && "VBG".equals(doing.tag());
    }

    private static boolean colonAfter(CoreSentence sentence, CoreLabel token) {
        List<CoreLabel> tokens = sentence.tokens();
        return token.index() < tokens.size() && tokens.get(token.index()).word().equals(":");
    }

    /**
     * A voice of a verb or claim noun. Its words are its own clause, or everything up to the verb
     * when the verb trails a quotation ("The dam is sound," Kovar said).
     */
    private Voice voice(Article article, CoreSentence sentence, SemanticGraph graph, IndexedWord node, Span speakerWords, boolean accuses,
            boolean nominal, Previous lastSpeaker) {
        SemanticGraphEdge up = incoming(graph, node);
        String relation = up == null ? "" : up.getRelation().toString();
        if (relation.startsWith("acl:relcl")) return null; // "the gang, which claimed it": a detail of the main clause
        if (nominal && relation.startsWith("nsubj")) {
            // "the ministry's figure is 23": what the figure is, is the ministry's
            return resolve(article, sentence, ownClause(graph, up.getGovernor()), speakerWords, false, true, lastSpeaker);
        }
        // the parser hangs a trailing "X said" from the quotation by parataxis, or even ccomp, or as a bare dependent of
        // a noun in it ("was caused by the removal of a wall, the inquiry said")
        // (an object of a verb of telling is its hearer, "he told a radio station", not its words)
        boolean trailing = (relation.startsWith("parataxis") || relation.startsWith("ccomp") || relation.equals("dep") && !nominal && endsSentence(sentence, graph, node))
                && up.getGovernor().index() < node.index()
                && (!hasChild(graph, node, "obj") || TELLING.contains(node.lemma().toLowerCase(Locale.ROOT))) && !hasChild(graph, node, "ccomp")
                // (or from anything at all, when the sentence opens with the quotation the verb follows)
                || !nominal && closedQuoteBefore(sentence, node) && !hasChild(graph, node, "ccomp");
        // "the figure of 23 announced by the government": the words are the figure the verb qualifies
        // "Forty are missing, the ministry said, and 4,000 have been moved": a clause joined after the words said is said too
        boolean saidBefore = trailing || graph.outgoingEdgeList(node).stream()
                .anyMatch(e -> e.getRelation().toString().equals("ccomp") && e.getDependent().index() < node.index());
        if (saidBefore && JOINED_AFTER.matcher(sentence.text()).region(node.endPosition() - sentence.charOffsets().first(), sentence.text().length()).lookingAt()) {
            return resolve(article, sentence, null, speakerWords, accuses, nominal, lastSpeaker);
        }
        // "Police said there was no evidence", parsed with "said" as the subject of "evidence", and "21:40 - The Coast Guard says
        // 240 passengers have been taken off", parsed with "says" beside what it says: what follows the verb is what it says
        boolean saidAsSubject = (relation.startsWith("csubj") || relation.startsWith("parataxis") && !hasChild(graph, node, "ccomp"))
                && up.getGovernor().index() > node.index();
        // ("well above the figure of 23 announced by the government", parsed as a trailing verb: the words are the figure before it)
        IndexedWord qualified = trailing && "VBN".equals(node.tag()) && speakerWords.start() > node.endPosition() ? nounBefore(graph, node) : null;
        // "As was noted by the head of the administration X, the evacuation has been completed": the clause the aside opens
        boolean aside = relation.startsWith("advcl") && hasChild(graph, node, "mark", "as") && up.getGovernor().index() > node.index();
        Span scope = qualified != null ? phrase(graph, qualified, node)
                : aside ? phrase(graph, up.getGovernor(), node)
                : trailing ? new Span(sentence.charOffsets().first(), node.endPosition())
                : saidAsSubject ? new Span(node.endPosition(), ownClauseEnd(graph, node, sentence.charOffsets().second()))
                : relation.equals("acl") ? phrase(graph, up.getGovernor(), null) : ownClause(graph, node);
        return resolve(article, sentence, scope, speakerWords, accuses, nominal, lastSpeaker);
    }

    /**
     * Where the words after a verb stop being its own: before a clause joined to it with a subject of its own ("posts were
     * blaming saboteurs, but police said ..."), else at {@code end}.
     */
    private static int ownClauseEnd(SemanticGraph graph, IndexedWord verb, int end) {
        for (SemanticGraphEdge e : graph.outgoingEdgeIterable(verb)) {
            if (!e.getRelation().toString().startsWith("conj") || e.getDependent().index() < verb.index() || !hasSubject(graph, e.getDependent())) continue;
            // (a joined clause whose words the parser spreads back over the verb's own leaves them alone)
            int joined = phrase(graph, e.getDependent(), null).start();
            if (joined > verb.endPosition()) end = Math.min(end, joined);
        }
        return end;
    }

    /** The proper name written right before a token ("the Aldmere Valley Rescue Service| says"), or null. */
    private static Span nameBefore(CoreSentence sentence, CoreLabel token) {
        List<CoreLabel> tokens = sentence.tokens();
        int i = token.index() - 2;
        int end = i;
        while (i >= 0 && tokens.get(i).tag().startsWith("NNP")) i--;
        if (i == end) return null;
        int first = i >= 0 && tokens.get(i).word().equalsIgnoreCase("the") ? i : i + 1;
        return new Span(tokens.get(first).beginPosition(), tokens.get(end).endPosition());
    }

    /** Where the clause a token is in ends: at the next semicolon, else the sentence's end. */
    private static int clauseEnd(CoreSentence sentence, CoreLabel token) {
        int semicolon = sentence.text().indexOf(';', token.endPosition() - sentence.charOffsets().first());
        return semicolon < 0 ? sentence.charOffsets().second() : sentence.charOffsets().first() + semicolon;
    }

    /** The noun whose phrase ends right before the verb ("the figure of 23| announced"), or null. */
    private static IndexedWord nounBefore(SemanticGraph graph, IndexedWord verb) {
        IndexedWord head = graph.getNodeByIndexSafe(verb.index() - 1);
        if (head == null) return null;
        for (IndexedWord up = graph.getParent(head); up != null && up.index() < verb.index() && up.tag() != null && up.tag().startsWith("NN");
                up = graph.getParent(up)) {
            head = up;
        }
        return head.tag() != null && head.tag().startsWith("NN") ? head : null;
    }

    /** Whether the verb's words run to the end of the sentence: ", the inquiry said on Friday." */
    private static boolean endsSentence(CoreSentence sentence, SemanticGraph graph, IndexedWord verb) {
        int end = graph.descendants(verb).stream().mapToInt(IndexedWord::endPosition).max().orElse(verb.endPosition());
        return sentence.text().substring(Math.min(sentence.text().length(), end - sentence.charOffsets().first())).matches("[\\p{P}\\s]*");
    }

    /** The sentence opens with a quotation that closes before the verb: "'The fire was started by a smoker,' X said." */
    private static boolean closedQuoteBefore(CoreSentence sentence, IndexedWord verb) {
        String text = sentence.text();
        int start = sentence.charOffsets().first();
        String open = text.stripLeading();
        if (open.isEmpty() || open.charAt(0) != '"' && open.charAt(0) != '“') return false;
        int from = text.length() - open.length() + 1;
        int close = open.charAt(0) == '“' ? text.indexOf('”', from) : text.indexOf('"', from);
        return close > 0 && start + close < verb.beginPosition() && text.indexOf('"', close + 1) < 0 && text.indexOf('“', close + 1) < 0;
    }

    /**
     * Who the speaker words name: an entity; a pronoun's speaker (the last one, or the last person
     * named); a description that names an entity of the article ("the ministry", "Eskarian
     * officials", "the interior minister"); or no one, when the subject is evidence ("the data
     * show") or nobody ("no group has claimed"), which leaves the article's own voice.
     */
    private Voice resolve(Article article, CoreSentence sentence, Span scope, Span words, boolean accuses, boolean nominal, Previous previous) {
        if (words == null) return null;
        if (scope == null) scope = new Span(sentence.charOffsets().first(), sentence.charOffsets().second());
        // "the Press Service of the General Staff of X": the body it speaks for
        Matcher office = PRESS_OFFICE_OF.matcher(article.text()).region(words.start(), words.end());
        if (office.lookingAt()) words = new Span(office.end(), words.end());
        // "the governor's office", "Interior Minister X's lawyer": the one they speak for
        Matcher owner = SPEAKING_FOR.matcher(article.text()).region(words.start(), words.end());
        if (owner.matches()) words = new Span(owner.start(1), owner.end(1));
        // ("the group, which denies the charge": the group)
        String text = RELATIVE_CLAUSE.matcher(article.text().substring(words.start(), words.end()).strip()).replaceFirst("");
        String lower = text.toLowerCase(Locale.ROOT);
        String[] tokens = lower.split("\\s+");
        String head = tokens[tokens.length - 1].replaceAll("[^\\p{L}]", "");
        // a subject opening with a participle is a misparse of "..., saying X would ...", never a speaker
        if (NOT_SPEAKERS.contains(head) || NOT_SPEAKERS.contains(headWord(sentence, words)) || NOBODY.contains(tokens[0])
                || text.matches("\\p{Ll}+ing\\b.*")) {
            return null;
        }
        // "I" and "we" are whoever's words they stand in (the article's, or the quoted speaker's whose verb closes the quote)
        if (FIRST_PERSON.contains(lower)) return null;
        // "parents in Orne", "workers at the plant", "a student from Orne": people, not the place or the firm named after them
        Matcher onePerson = ONE_PERSON_IN.matcher(text);
        boolean people = PEOPLE_OF.matcher(text).matches() || onePerson.matches() && UnnamedSources.head(onePerson.group(1)) != null;
        String speaker = people ? null : entities.entityAt(article.id(), words);
        // "'We were told a technician would come,' she said" after "one nurse, who asked not to be named, said": that nurse
        if (speaker == null && previous.unnamedFor(lower) != null) return new Voice(scope, words, null, previous.unnamed(), accuses, nominal);
        String lastSpeaker = previous.speaker();
        if (speaker == null && PRONOUNS.contains(lower)) {
            // "she said" goes on with the person who spoke last, else the person named last; "it said", with the body that spoke last
            // ("it said" before any body has spoken: the organisation named last, "the report, published by the X board, found ... It said")
            boolean body = lower.equals("it") && lastSpeaker != null && !entities.isPerson(lastSpeaker);
            // (only an "It" opening the sentence: one inside it is as often the parser's mistake, "We know who did it," X said)
            String organisation = lower.equals("it") && !body && words.start() == sentence.charOffsets().first()
                    ? entities.lastOrganisationBefore(article.id(), words.start()) : null;
            String person = body || organisation != null ? null
                    : lastSpeaker != null && entities.isPerson(lastSpeaker) ? lastSpeaker : entities.lastPersonBefore(article.id(), words.start());
            speaker = organisation != null ? organisation : person != null ? person : lastSpeaker;
            if (speaker == null) return null;
            text = null;
        }
        // "a spokeswoman said" right after a body spoke: its spokeswoman
        if (speaker == null) speaker = previous.bodyFor(lower, entities::isPerson);
        if (speaker == null && tokens.length == 2 && (tokens[0].equals("his") || tokens[0].equals("her")) && REPRESENTATIVES.contains(head)) {
            // "his lawyer says": the person the pronoun follows speaks through them
            speaker = previous.speaker() != null && entities.isPerson(previous.speaker()) ? previous.speaker()
                    : entities.lastPersonBefore(article.id(), words.start());
        }
        if (speaker == null) speaker = entities.described(article.id(), text, words.start(), sentence.charOffsets().first());
        Matcher title = speaker == null ? TITLE_ALONE.matcher(text) : null;
        if (title != null && title.matches()) speaker = entities.titled(article.id(), title.group(1), words.start());
        // "The group says it stole 65,000 records", after "the ransomware gang Night Ledger": the group the article named last
        if (speaker == null && tokens.length == 2 && tokens[0].equals("the") && GROUP_NOUNS.contains(head)) {
            speaker = entities.lastGroupBefore(article.id(), words.start());
        }
        return new Voice(scope, words, speaker, text, accuses, nominal);
    }

    /** The word a phrase hangs from ("audit" in "a safety audit two years ago"), lower-cased, or "" . */
    private static String headWord(CoreSentence sentence, Span words) {
        SemanticGraph graph = sentence.dependencyParse();
        if (graph == null) return "";
        for (CoreLabel t : sentence.tokens()) {
            IndexedWord w = graph.getNodeByIndexSafe(t.index());
            if (w == null || w.beginPosition() < words.start() || w.endPosition() > words.end()) continue;
            IndexedWord up = graph.getParent(w);
            if (up == null || up.beginPosition() < words.start() || up.endPosition() > words.end()) return w.word().toLowerCase(Locale.ROOT);
        }
        return "";
    }

    /**
     * The speaker of sentences inside a quotation that runs over several sentences: the voice of
     * the sentence where the quotation closes ("The dam was sound. Any claim is false," Kovar said.).
     */
    private Voice[] quotedVoices(Article article, OwnOutlet outlet, List<CoreSentence> sentences) {
        Voice[] out = new Voice[sentences.size()];
        boolean open = false;
        int runStart = -1;
        int openedIn = -1; // the sentence whose mark opened the run: its first, or the one before it when that reopened a quotation
        for (int i = 0; i < sentences.size(); i++) {
            String text = sentences.get(i).text();
            boolean startsOpen = open;
            boolean closes = false;
            // a quotation running on over paragraphs opens each of them again and closes only at its end
            Matcher reopened = OPENING_QUOTE.matcher(text);
            boolean runsOn = startsOpen && i > 0 && paragraphBreak(sentences.get(i - 1), sentences.get(i)) && reopened.lookingAt();
            for (char c : (runsOn ? text.substring(reopened.end()) : text).toCharArray()) {
                if (c == '“') open = true;
                else if (c == '”' || c == '"' && open) {
                    closes |= open;
                    open = false;
                } else if (c == '"') open = true;
            }
            if (!startsOpen && open) runStart = openedIn = i;
            // ('"... I will never forget it," said X. "People say ...': the run closes here and another opens)
            boolean closesRun = startsOpen && closes && runStart >= 0;
            boolean reopens = closesRun && open;
            if (closesRun) {
                Voice v = speakerIn(article, outlet, sentences.get(i));
                int last = i - 1;
                if (v == null && openedIn < i) {
                    // 'the minister said: "I will not rule anything out. X has threatened us before."': the speaker named before
                    // the quotation opened
                    CoreSentence opening = sentences.get(openedIn);
                    // (the mark that opened the run is the sentence's last: '"A," she said. "B' opens it after she speaks)
                    int mark = opening.charOffsets().first() + lastQuoteMark(opening.text());
                    v = voices(article, outlet, opening, Previous.NONE).stream()
                            .filter(x -> !x.nominal() && x.speakerWords() != null && x.speakerWords().end() <= mark).findFirst().orElse(null);
                    // (the closing sentence too: it has no speaker of its own)
                    if (v != null) last = i;
                }
                if (v == null && runStart > 0 && !paragraphBreak(sentences.get(runStart - 1), sentences.get(runStart))) {
                    // a quotation with no verb of its own right after an attributed one ("'…,' the manager told reporters.
                    // 'Our alarms worked.'"), or after the speaker's words told in the paper's ("She said tenants had complained.
                    // 'Nobody ever came back.'"), goes on with the same speaker
                    v = speakerIn(article, outlet, sentences.get(runStart - 1));
                    // (the closing sentence too, unless it is only the closing quotation mark)
                    last = sentences.get(i).text().matches("(?s).*\\p{L}.*") ? i : i - 1;
                }
                if (v == null && runStart > 0 && IntStream.rangeClosed(runStart + 1, i).anyMatch(j -> paragraphBreak(sentences.get(j - 1), sentences.get(j)))) {
                    // an account quoted whole over paragraphs, with no verb of saying, is the person the paragraph before presents
                    // ("X, 34, a nurse at Y, survived the sinking. Her account:")
                    int first = runStart - 1;
                    while (first > 0 && !paragraphBreak(sentences.get(first - 1), sentences.get(first))) first--;
                    Span named = entities.firstPersonIn(article.id(), new Span(sentences.get(first).charOffsets().first(), sentences.get(runStart - 1).charOffsets().second()));
                    if (named != null) {
                        String person = entities.entityAt(article.id(), named);
                        v = new Voice(named, named, person, article.text().substring(named.start(), named.end()), false, false);
                        last = i;
                    }
                }
                if (v != null) {
                    for (int j = runStart; j <= last; j++) {
                        CoreSentence s = sentences.get(j);
                        out[j] = new Voice(new Span(s.charOffsets().first(), s.charOffsets().second()), v.speakerWords(), v.speaker(),
                                v.speakerText(), false, false);
                    }
                }
                runStart = reopens ? i + 1 : -1;
                openedIn = i;
            }
            // a whole quotation with no verb of its own right after an attributed one in the paragraph ('"We are shocked," a
            // spokesman said. "Every inspection was done."') goes on with the same speaker
            boolean wholeQuote = !startsOpen && closes && !open && text.stripLeading().matches("(?s)[\"“].*");
            if (wholeQuote && i > 0 && !paragraphBreak(sentences.get(i - 1), sentences.get(i))
                    && sentences.get(i - 1).text().stripLeading().matches("(?s)[\"“].*") && speakerIn(article, outlet, sentences.get(i)) == null) {
                Voice v = out[i - 1] != null ? out[i - 1] : speakerIn(article, outlet, sentences.get(i - 1));
                CoreSentence s = sentences.get(i);
                if (v != null) out[i] = new Voice(new Span(s.charOffsets().first(), s.charOffsets().second()), v.speakerWords(), v.speaker(), v.speakerText(), false, false);
            }
            if (text.isBlank() || text.contains("\n\n")) open = false;
        }
        return out;
    }

    /** The first voice of a sentence that is someone speaking, or null. */
    private Voice speakerIn(Article article, OwnOutlet outlet, CoreSentence sentence) {
        return voices(article, outlet, sentence, Previous.NONE).stream().filter(x -> !x.nominal()).findFirst().orElse(null);
    }

    private static int lastQuoteMark(String text) {
        return Math.max(text.lastIndexOf('"'), text.lastIndexOf('“'));
    }

    /** Who the claim is about: for blame, the name next to the cue ("X was behind", "accused Y"); else the first name. */
    private String subjectOf(Article article, Voice v, String type, String words) {
        Span scope = v.scope();
        Matcher denial = DENIAL.matcher(words);
        if ("denial".equals(type) && denial.find()) {
            // "rejected accusations that her group was behind it": the speaker's own side; so is "it" in "said it had nothing
            // to do with", after whatever the sentence names on the way ("in a statement sent to the X Herald")
            boolean self = SPEAKERS_SIDE.matcher(words).region(denial.end(), Math.min(words.length(), denial.end() + SIDE_REACH)).find()
                    || SAID_ITSELF.matcher(words.substring(Math.max(0, denial.start() - SIDE_REACH), denial.start())).find();
            if (self && v.speaker() != null) {
                String side = !entities.isPerson(v.speaker()) ? bodySide(v.speaker())
                        : v.speakerWords() == null ? null : entities.sideOf(article.id(), v.speakerText(), v.speaker(), v.speakerWords().start(), scope.start());
                if (side != null) return side;
            }
            // "what she called 'stories' that the attack was done by X": the name after the rejection is what is rejected
            String rejected = entities.firstEntityIn(article.id(), new Span(scope.start() + denial.end(), scope.end()), v.speakerWords(), v.speaker(), true);
            if (rejected != null) return rejected;
            // "X denied any involvement" is about X itself: the name before the cue ("Ostravia denies any involvement,"
            // the spokesman said), else the speaker unless a person, who speaks for someone
            String before = entities.firstEntityIn(article.id(), new Span(scope.start(), scope.start() + denial.start()), v.speakerWords(),
                    v.speaker(), true);
            if (before != null) return before;
            // "rejected suggestions that heavy rainfall was to blame": a cause rejected that is nobody named, not the speaker
            Matcher rejectedCause = CLAIM_THAT.matcher(words).region(denial.start(), words.length());
            if (rejectedCause.find()) {
                String cause = words.substring(rejectedCause.end());
                if (RESPONSIBILITY.matcher(cause).find() || FAULT.matcher(cause).find()) return null;
            }
            if (v.speaker() != null && !entities.isPerson(v.speaker())) return bodySide(v.speaker());
        }
        // (an accusation without an accusing verb: "the minister said the fire had been set by men paid by X")
        if ("responsibility".equals(type) || "accusation".equals(type) && !ACCUSING_WORDS.matcher(words).find() && !BLAME_TARGET.matcher(words).find()) {
            // "was carried out by X", "were assisted by X", "had been set by men paid by X": the agent after any cue
            for (Matcher cue = RESPONSIBILITY.matcher(words); cue.find(); ) {
                // "responsibility lies with X", "the fire service traced the flames to X": X, or nobody named when X is no name
                // ("with the shop's tenant"), not who traced it
                if (CAUSE_AFTER.matcher(cue.group()).find()) {
                    return entities.firstEntityIn(article.id(), new Span(scope.start() + cue.end(), scope.end()), v.speakerWords(), v.speaker(), true);
                }
                Matcher agent = BY_AGENT.matcher(words).region(cue.end() - (cue.group().endsWith("by") ? 2 : 0), words.length());
                if (!agent.lookingAt()) continue;
                String after = entities.firstEntityIn(article.id(), new Span(scope.start() + agent.end(), scope.end()), v.speakerWords(), v.speaker(), true);
                if (after != null) return after;
            }
        }
        if ("responsibility".equals(type)) {
            Matcher cue = RESPONSIBILITY.matcher(words);
            if (cue.find()) {
                // "X claimed responsibility": the claimant is the one it is about
                if (v.speaker() != null && cue.group().toLowerCase(Locale.ROOT).startsWith("claim")) return v.speaker();
                String near = entities.entityNear(article.id(), scope, scope.start() + cue.start(), v.speakerWords(), v.speaker());
                // "people on the Ostravian side helped the gunmen": a country named only by its demonym
                if (near == null) near = entities.countryByDemonymIn(article.id(), scope, v.speakerWords());
                // (else the speaker, an organisation claiming it as its own, "said it had carried out"; a person saying "this was a
                // deliberate act by intruders", or an outlet passing a finding on, blames no one named)
                String blamed = near != null || v.speaker() == null || entities.isPerson(v.speaker()) || !SELF.matcher(words).find() ? near : v.speaker();
                if (blamed != null) return blamed;
            }
        }
        boolean blame = Set.of("responsibility", "accusation", "denial").contains(type);
        Matcher target = BLAME_TARGET.matcher(words);
        if ("accusation".equals(type) && target.find()) {
            // "shift the blame for the Arden Hall attack onto Y": Y, not the scene named on the way
            String onto = entities.firstEntityIn(article.id(), new Span(scope.start() + target.end(), scope.end()), v.speakerWords(), v.speaker(), true);
            if (onto != null) return onto;
        }
        Matcher accusing = ACCUSING_WORDS.matcher(words);
        if ("accusation".equals(type) && accusing.find()) {
            // "Within a day of the Port Alder fire, the minister had blamed Y": whom the verb accuses, not a name before it
            String accused = entities.firstEntityIn(article.id(), new Span(scope.start() + accusing.end(), scope.end()), v.speakerWords(), v.speaker(), true);
            // ("accused the minister of ignoring warnings": the one minister the article has named)
            Matcher title = TITLE_AFTER.matcher(words).region(accusing.end(), words.length());
            if (accused == null && title.lookingAt()) accused = entities.titled(article.id(), title.group(1), scope.start() + accusing.end());
            if (accused != null) return accused;
        }
        // (a statement too: "a post says Stannian soldiers were photographed at the shaft" is about Stannia, not the scene, and a
        // verdict on it disputes Stannia)
        String named = entities.firstEntityIn(article.id(), scope, v.speakerWords(), v.speaker(), blame || "statement".equals(type));
        if (named != null || !blame) return named;
        // "he said the company had cut the crews", "the authority denies any neglect": the organisation the description stands
        // for, whose staff may be the ones named ("the hospital's management"; not its author, "the agency's report", nor a
        // person whose title holds the word, "ministry spokesman X")
        Matcher description = ACTOR_DESCRIPTION.matcher(words);
        if (!description.find() || AUTHORS.matcher(words).region(description.end(), words.length()).lookingAt()) return null;
        return describedActor(article, new Span(scope.start() + description.start(), scope.start() + description.end()));
    }

    /** The side a body denies for: itself, or the country whose foreign ministry or embassy it is. */
    private String bodySide(String body) {
        String country = entities.countrySpokenFor(body);
        return country != null ? country : body;
    }

    /** The words of a verb's own clause: its subtree without coordinated clauses that have their own subject. */
    private static Span ownClause(SemanticGraph graph, IndexedWord head) {
        Set<IndexedWord> skip = new HashSet<>();
        Set<IndexedWord> keep = new HashSet<>();
        for (SemanticGraphEdge e : graph.outgoingEdgeIterable(head)) {
            String relation = e.getRelation().toString();
            // a coordinated clause, or a concession with a speaker of its own ("X claimed it, although Y seeks to blame Z"),
            // is not the verb's words
            // ("the police have told us they hold three", parsed without a complement: what follows the verb is what it says)
            boolean said = relation.startsWith("parataxis") && e.getDependent().index() > head.index() && !hasChild(graph, head, "ccomp")
                    && isOne(graph, head, REPORTING);
            // ("he said the wiring had been replaced and had passed every check", parsed with "passed" beside "said" and
            // sharing its subject: a verb in the past perfect of reported speech goes on with what was said)
            boolean goesOn = relation.startsWith("conj") && isOne(graph, head, REPORTING)
                    && hasChild(graph, head, "ccomp") && hasChild(graph, e.getDependent(), "aux", "had") && sharesSubject(graph, head, e.getDependent());
            // ("told parliament that the blast was deliberate and that agents had carried it out": a second "that" clause is said too)
            boolean thatToo = relation.startsWith("conj") && e.getDependent().index() > head.index() && hasChild(graph, e.getDependent(), "mark", "that")
                    && isOne(graph, head, REPORTING);
            boolean aside = !said && !goesOn && !thatToo && (relation.startsWith("conj") || relation.startsWith("parataxis")
                    || relation.startsWith("advcl") && hasChild(graph, e.getDependent(), "mark"));
            if (aside && hasSubject(graph, e.getDependent())) {
                skip.addAll(graph.descendants(e.getDependent()));
            } else {
                keep.addAll(graph.descendants(e.getDependent()));
            }
        }
        // the enhanced parse gives a coordinated verb its own copy of a shared subject ("X accused Y and demanded Z"):
        // that subject stays in the first verb's clause
        skip.removeAll(keep);
        // ... and the second verb's clause is its own words, not stretched back over the first verb's to reach the subject
        IndexedWord governor = graph.getParent(head);
        if (governor != null) {
            for (SemanticGraphEdge e : graph.outgoingEdgeIterable(head)) {
                if (SUBJECTS.contains(e.getRelation().toString()) && graph.getChildren(governor).contains(e.getDependent())) {
                    skip.addAll(graph.descendants(e.getDependent()));
                }
            }
        }
        return span(graph.descendants(head), skip);
    }

    /**
     * A speaker found by the shape of the sentence where the parser went wrong: the parser's voices whose speaker words
     * are {@code garbled} give way to it, and it is added when they did or when no voice in the sentence speaks.
     */
    private void speakerBySurface(Article article, CoreSentence sentence, List<Voice> out, Span words, Span scope, Predicate<Span> garbled,
            Previous lastSpeaker) {
        boolean replaced = out.removeIf(x -> x != null && !x.nominal() && x.speakerWords() != null && garbled.test(x.speakerWords()));
        if (replaced || out.stream().noneMatch(x -> x != null && !x.nominal() && (x.speaker() != null || x.speakerText() != null))) {
            Voice v = resolve(article, sentence, scope, words, false, false, lastSpeaker);
            if (v != null) out.add(v);
        }
    }

    /** The verb "according to X" hangs from: its clause is what X said. */
    private static IndexedWord governingVerb(SemanticGraph graph, CoreSentence sentence, int position) {
        for (CoreLabel t : sentence.tokens()) {
            if (t.beginPosition() != position) continue;
            IndexedWord node = graph.getNodeByIndexSafe(t.index());
            for (int depth = 0; node != null && depth < 6; depth++) {
                if (node.tag() != null && node.tag().startsWith("VB") && !node.word().equalsIgnoreCase("according")) return node;
                node = graph.getParent(node);
            }
        }
        return null;
    }

    /**
     * The char span of the verb's subject phrase, or null. A verb under another ("was quick to
     * blame", "by pointing at X, Britain tries…", "said … and accused") shares its governor's subject,
     * so the search climbs xcomp, advcl and conj links; a participle modifying a noun ("politicians
     * accusing X") has that noun as its subject. A passive verb's speaker is its agent ("was accused
     * by X"), never its subject.
     */
    private static Span subjectOf(SemanticGraph graph, IndexedWord verb) {
        // "X denied that the cuts played any part and said the company was to blame", parsed with "said" beside "played" and
        // given its subject: a verb that tells a clause of its own, beside the clause another verb tells, is that verb's
        for (SemanticGraphEdge beside : graph.incomingEdgeIterable(verb)) {
            if (!beside.getRelation().toString().startsWith("conj") || !hasChild(graph, verb, "ccomp") || !sharesSubject(graph, beside.getGovernor(), verb)) continue;
            SemanticGraphEdge told = incoming(graph, beside.getGovernor());
            if (told != null && told.getRelation().toString().equals("ccomp")) return subjectOf(graph, told.getGovernor());
        }
        IndexedWord node = verb;
        for (int depth = 0; node != null && depth < 3; depth++) {
            boolean passive = false;
            for (SemanticGraphEdge edge : graph.outgoingEdgeIterable(node)) {
                String relation = edge.getRelation().toString();
                // (a dateline the parser takes for a second subject, "LORSBY (Orlin Wire) - ... killed 14, the ministry said", is none)
                // ("By three o'clock, the hospital had confirmed 19 deaths": a "by" beside a subject is no agent)
                if ((relation.equals("nsubj") || relation.equals("obl:agent")
                        || relation.equals("obl:by") && verb.tag().equals("VBN") && graph.getChildWithReln(node, UniversalEnglishGrammaticalRelations.NOMINAL_SUBJECT) == null)
                        && !dateline(graph, edge.getDependent())) {
                    // (an agent without its "by")
                    IndexedWord by = relation.startsWith("obl") ? graph.getChildWithReln(edge.getDependent(), UniversalEnglishGrammaticalRelations.CASE_MARKER) : null;
                    IndexedWord addressed = vocative(graph, edge.getDependent(), node);
                    return addressed != null ? phrase(graph, addressed, null) : phrase(graph, edge.getDependent(), by);
                }
                // ("it was reported by the minister that": the agent, wherever the parser puts it)
                passive |= relation.equals("nsubj:pass");
                IndexedWord described = relation.equals("csubj") ? describedBy(graph, edge.getDependent()) : null;
                if (described != null) return phrase(graph, described, null);
            }
            if (passive) return null;
            SemanticGraphEdge up = incoming(graph, node);
            if (up == null) return null;
            String relation = up.getRelation().toString();
            IndexedWord described = relation.equals("dep") && up.getGovernor().index() < node.index() ? describedBy(graph, up.getGovernor()) : null;
            if (described != null) return phrase(graph, described, null);
            if (relation.startsWith("acl")) return phrase(graph, up.getGovernor(), node);
            // ("X hit back within the hour, saying ...", parsed with "saying" as a bare dependent: X says it)
            boolean participle = relation.equals("dep") && "VBG".equals(node.tag()) && up.getGovernor().index() < node.index() && hasChild(graph, node, "ccomp");
            node = relation.startsWith("xcomp") || relation.startsWith("advcl") || relation.startsWith("conj") || participle ? up.getGovernor() : null;
        }
        return null;
    }

    /**
     * "Analysts consulted by the broadcaster said ...", "Experts interviewed by X pointed out ...": the parser takes the
     * participle of the reduced relative clause for the verb and its noun for the subject; the noun it describes, or null.
     */
    private static IndexedWord describedBy(SemanticGraph graph, IndexedWord participle) {
        if (!participle.tag().equals("VBN") || !hasChild(graph, participle, "obl", "by")) return null;
        IndexedWord subject = graph.getChildWithReln(participle, UniversalEnglishGrammaticalRelations.NOMINAL_SUBJECT);
        return subject != null && subject.index() < participle.index() ? subject : null;
    }

    /**
     * The sentence's root, or the clause after a fact check's section label ("What we know: investigators are examining
     * ..."), which the parser hangs from "know"; null without a parse.
     */
    private static IndexedWord mainVerb(SemanticGraph graph, String text) {
        if (graph == null || graph.getRoots().isEmpty()) return null;
        IndexedWord root = graph.getFirstRoot();
        if (!SECTION_LABEL.matcher(text).lookingAt()) return root;
        for (SemanticGraphEdge e : graph.outgoingEdgeIterable(root)) {
            if (e.getRelation().toString().equals("parataxis") && e.getDependent().index() > root.index()) return e.getDependent();
        }
        return root;
    }

    /**
     * "Klara Dunmoor, the government says ...", parsed with the government in apposition to the guest addressed: the words
     * right before the verb, with no comma between, are its subject (not "Ostrel, the neighbouring state, says").
     */
    private static IndexedWord vocative(SemanticGraph graph, IndexedWord subject, IndexedWord verb) {
        if (subject.index() != 1 && !(subject.index() == 2 && graph.getNodeByIndexSafe(1) != null && "NNP".equals(graph.getNodeByIndexSafe(1).tag()))) return null;
        for (SemanticGraphEdge e : graph.outgoingEdgeIterable(subject)) {
            if (!e.getRelation().toString().equals("appos")) continue;
            Set<IndexedWord> words = graph.descendants(e.getDependent());
            IndexedWord first = words.stream().min(Comparator.comparingInt(IndexedWord::index)).orElseThrow();
            int last = words.stream().mapToInt(IndexedWord::index).max().orElseThrow();
            if (last + 1 == verb.index() && first.word().equalsIgnoreCase("the")) return e.getDependent();
        }
        return null;
    }

    /** The place name in capitals opening a sentence before the outlet's name: "LORSBY (Orlin Wire Service) - ...". */
    private static boolean dateline(SemanticGraph graph, IndexedWord word) {
        for (int i = 1; i <= word.index(); i++) {
            IndexedWord w = graph.getNodeByIndexSafe(i);
            if (w == null || w.word().length() < 2 || !w.word().equals(w.word().toUpperCase(Locale.ROOT))) return false;
        }
        IndexedWord next = graph.getNodeByIndexSafe(word.index() + 1);
        return next != null && (next.word().equals("(") || next.word().equals("-LRB-"));
    }

    /** "did not confirm", "never said", "declined to confirm": the verb attributes nothing. */
    private static boolean negated(SemanticGraph graph, IndexedWord verb) {
        for (SemanticGraphEdge e : graph.outgoingEdgeIterable(verb)) {
            String relation = e.getRelation().toString();
            String word = e.getDependent().word().toLowerCase(Locale.ROOT);
            if ((relation.equals("advmod") || relation.equals("neg")) && (word.equals("not") || word.equals("n't") || word.equals("never"))) return true;
        }
        // "failed to confirm", not "their families say" hung from "the power failed"
        SemanticGraphEdge up = incoming(graph, verb);
        return up != null && up.getRelation().toString().startsWith("xcomp") && up.getGovernor().lemma() != null
                && WITHHOLDING.contains(up.getGovernor().lemma().toLowerCase(Locale.ROOT));
    }

    /** The edge a word hangs from, or null for the root. */
    private static SemanticGraphEdge incoming(SemanticGraph graph, IndexedWord word) {
        Iterator<SemanticGraphEdge> up = graph.incomingEdgeIterable(word).iterator();
        return up.hasNext() ? up.next() : null;
    }

    /** Whether the second verb's subject is the first's own (the enhanced parse's copy of a shared subject), or it has none. */
    private static boolean sharesSubject(SemanticGraph graph, IndexedWord first, IndexedWord second) {
        for (SemanticGraphEdge e : graph.outgoingEdgeIterable(second)) {
            if (SUBJECTS.contains(e.getRelation().toString()) && !graph.getChildren(first).contains(e.getDependent())) return false;
        }
        return true;
    }

    private static boolean hasSubject(SemanticGraph graph, IndexedWord node) {
        for (SemanticGraphEdge e : graph.outgoingEdgeIterable(node)) if (SUBJECTS.contains(e.getRelation().toString())) return true;
        return false;
    }

    /** Whether the node has a dependent by this relation (holding one of the words, when any are given). */
    private static boolean hasChild(SemanticGraph graph, IndexedWord node, String relationPrefix, String... words) {
        for (SemanticGraphEdge e : graph.outgoingEdgeIterable(node)) {
            if (!e.getRelation().toString().startsWith(relationPrefix)) continue;
            if (words.length == 0) return true;
            for (IndexedWord w : graph.descendants(e.getDependent())) {
                for (String word : words) if (w.word().equalsIgnoreCase(word)) return true;
            }
        }
        return false;
    }

    /** Verbs by lemma, each with the relation of the complement it needs and the words one of which that must hold, or none. */
    private static Map<String, List<String>> verbs(String file) {
        return DataFile.lines(ClaimExtractor.class, file).stream()
                .map(line -> List.of(line.split("\\s+"))).collect(Collectors.toMap(words -> words.get(0), words -> words.subList(1, words.size())));
    }

    /** Whether a verb is one of {@code verbs} and has the complement its entry needs. */
    /**
     * Whether these words hold the speaker's own charge: an accusing verb, not negated, whose subject is the speaker told of as
     * "we", "I" or "it" ("it blamed the airline"; not "the minister will blame us", which is what another does).
     */
    private static boolean chargesIn(SemanticGraph graph, Span words) {
        for (IndexedWord w : graph.vertexSet()) {
            if (w.beginPosition() < words.start() || w.endPosition() > words.end() || w.tag() == null || !w.tag().startsWith("VB")
                    || !isOne(graph, w, ACCUSING) || negated(graph, w)) continue;
            for (SemanticGraphEdge e : graph.outgoingEdgeList(w)) {
                if (e.getRelation().toString().equals("nsubj") && Set.of("we", "i", "it").contains(e.getDependent().word().toLowerCase(Locale.ROOT))) return true;
            }
        }
        return false;
    }

    private static boolean isOne(SemanticGraph graph, IndexedWord verb, Map<String, List<String>> verbs) {
        List<String> needs = verb.lemma() == null ? null : verbs.get(verb.lemma().toLowerCase(Locale.ROOT));
        return needs != null && (needs.isEmpty() || hasChild(graph, verb, needs.get(0), needs.subList(1, needs.size()).toArray(String[]::new)));
    }

    /** The span of a word and its dependents, leaving out the clause {@code except} hangs from it. */
    private static Span phrase(SemanticGraph graph, IndexedWord head, IndexedWord except) {
        return span(graph.descendants(head), except == null ? Set.of() : graph.descendants(except));
    }

    private static Span span(Set<IndexedWord> words, Set<IndexedWord> skip) {
        int from = Integer.MAX_VALUE;
        int to = -1;
        for (IndexedWord w : words) {
            // punctuation hangs from the root, and would stretch its clause over coordinated ones
            if (skip.contains(w) || w.tag() != null && PUNCTUATION.matcher(w.tag()).matches()) continue;
            from = Math.min(from, w.beginPosition());
            to = Math.max(to, w.endPosition());
        }
        return to > from ? new Span(from, to) : null;
    }

    /** The object of a claim: a definition's phrase ("splinter faction of the Farmers' Union"), else the cue and what follows it. */
    private static String objectOf(String words, String type) {
        Matcher definition = DEFINITION.matcher(words);
        if ("other".equals(type) && definition.find()) return definition.group(1);
        Matcher cue = ("responsibility".equals(type) ? RESPONSIBILITY : DENIAL).matcher(words);
        if (cue.find()) {
            String rest = words.substring(cue.start()).strip();
            return rest.length() > 90 ? rest.substring(0, 87) + "…" : rest;
        }
        return null;
    }

    /**
     * The counts of a sentence: each counted word ("killed", "missing") paired with the nearest
     * unused number within a few words of it, years and percentages left out. Each is {number
     * position, counted word start, counted word end}.
     */
    private static List<int[]> counts(String text) {
        List<int[]> numbers = new ArrayList<>();
        for (Matcher n = NUMBER.matcher(text); n.find(); ) {
            boolean year = n.group().matches("(?:19|20)\\d\\d");
            boolean percent = PERCENT.matcher(text).region(n.end(), text.length()).lookingAt();
            // (the minutes of a clock time, "15:35", too)
            boolean time = text.startsWith(":", n.end()) || text.startsWith("-", n.end()) || n.start() > 0 && text.charAt(n.start() - 1) == ':' || DATE_AFTER.matcher(text).region(n.end(), text.length()).lookingAt()
                    || DATE_BEFORE.matcher(text.substring(0, n.start())).find();
            // "three of the fourteen patients": the second number restates a total counted before
            boolean whole = PART_OF.matcher(text.substring(0, n.start())).find();
            if (!year && !percent && !time && !whole) numbers.add(new int[] {n.start(), n.end()});
        }
        List<int[]> out = new ArrayList<>();
        Set<Integer> used = new HashSet<>();
        for (Matcher q = QUANTITY.matcher(text); q.find(); ) {
            // "two patients died": the figure counts the dead, who are named by the counted noun before the verb
            Matcher next = QUANTITY.matcher(text).region(q.end(), text.length());
            if (COUNTED_NOUNS.contains(q.group().toLowerCase(Locale.ROOT)) && next.find() && !COUNTED_NOUNS.contains(next.group().toLowerCase(Locale.ROOT))
                    && AUXILIARIES.matcher(text.substring(q.end(), next.start())).matches()) continue;
            int best = -1;
            int distance = 45;
            for (int i = 0; i < numbers.size(); i++) {
                int d = numbers.get(i)[0] < q.start() ? q.start() - numbers.get(i)[1] : numbers.get(i)[0] - q.end();
                // "the death toll from the fire and crush at the dam has risen to 31": a figure a count rises to reaches further,
                // past any "and" on the way
                boolean risen = numbers.get(i)[0] > q.end() && RISEN_TO.matcher(text.substring(q.end(), numbers.get(i)[0])).matches();
                // "six are dead and one is missing": a figure after the next clause begins is that clause's; "records show
                // no tremor above 1": a figure after a counted noun is not its count
                if (numbers.get(i)[0] > q.end() && (!risen && CLAUSE_BREAK.matcher(text.substring(q.end(), numbers.get(i)[0])).find()
                        || COUNTED_NOUNS.contains(q.group().toLowerCase(Locale.ROOT)))) continue;
                if (d >= 0 && risen) d = d / 2;
                // ("four are in custody, not six": a figure after "not" is set against the count, which it joins below)
                if (!used.contains(i) && d < distance && !notBefore(text, numbers.get(i)[0])
                        && !PART_AFTER.matcher(text).region(numbers.get(i)[1], text.length()).lookingAt()) {
                    best = i;
                    distance = d;
                }
            }
            if (best >= 0) {
                used.add(best);
                out.add(new int[] {numbers.get(best)[0], q.start(), q.end()});
            }
        }
        // "four people, not six as the minister said", "the ministry says 23 and the rescuers say 31": a bare figure set
        // against another counts the same thing; so does a part of it ("five detained, two of them foreigners")
        for (int i = 0; i < numbers.size(); i++) {
            int at = numbers.get(i)[0];
            boolean part = PART_AFTER.matcher(text).region(numbers.get(i)[1], text.length()).lookingAt();
            if (used.contains(i) || out.isEmpty() || !part && !SET_AGAINST.matcher(text.substring(0, at)).find()) continue;
            int[] nearest = out.stream().min((a, b) -> Integer.compare(Math.abs(a[0] - at), Math.abs(b[0] - at))).orElseThrow();
            out.add(new int[] {at, nearest[1], nearest[2]});
        }
        // a measured amount is a quantity of its own, with its unit for what it counts
        for (Matcher m = MEASURE.matcher(text); m.find(); ) {
            // (not a distance that places something: "six kilometres off the port", "12 kilometres down the valley")
            boolean position = LENGTH.matcher(m.group(2)).matches() && POSITION_AFTER.matcher(text).region(m.end(2), text.length()).lookingAt();
            if (!position) out.add(new int[] {m.start(1), m.start(2), m.end(2)});
        }
        out.sort((a, b) -> Integer.compare(a[0], b[0]));
        return out;
    }

    /**
     * Who the counted held are, told beside the count ("including the owner of a stall") or by their country ("eleven
     * Ardessans", "three Ruthmarki citizens"), or null.
     */
    private String heldWho(Article article, String text, int start, int[] count) {
        Matcher who = HELD_WHO.matcher(text).region(count[2], text.length());
        if (who.lookingAt()) return who.group(1).strip();
        int figureEnd = count[0] + number(text, count[0]).length();
        if (figureEnd > count[1]) return null; // ("arrests so far: seven": the counted word first)
        String before = text.substring(figureEnd, count[1]);
        Matcher end = NOUN_END.matcher(before);
        String noun = (end.find() ? before.substring(0, end.start()) : before).strip();
        return !noun.isEmpty() && entities.countryByDemonymIn(article.id(), new Span(start + count[0], start + count[1]), null) != null ? noun : null;
    }

    private static boolean notBefore(String text, int at) {
        return text.substring(Math.max(0, at - 4), at).equalsIgnoreCase("not ");
    }

    private static String number(String text, int at) {
        Matcher n = NUMBER.matcher(text);
        return n.find(at) ? n.group().replaceAll("[.,]$", "") : "";
    }

    private static Set<String> lemmas(String name) {
        return new HashSet<>(DataFile.lines(ClaimExtractor.class, name));
    }

    private static Pattern cues(String name) {
        return Pattern.compile(String.join("|", DataFile.lines(ClaimExtractor.class, name)), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);
    }
}
