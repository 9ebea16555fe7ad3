package org.narrascope.ingest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Publication dates in the many forms sites and feeds write them, normalised to ISO 8601: a date
 * ({@code 2031-05-14}) when only the day is known, an instant ({@code 2031-05-14T09:30:00Z}) when the
 * time is too.
 */
public final class PublicationDate {

    private static final List<DateTimeFormatter> DAY_FORMATS = List.of(
            pattern("MMMM d, uuuu"), pattern("MMM d, uuuu"), pattern("MMM. d, uuuu"),
            pattern("d MMMM uuuu"), pattern("d MMM uuuu"), pattern("d MMMM, uuuu"),
            pattern("uuuu-MM-dd"), pattern("uuuu/MM/dd"), pattern("d.M.uuuu"));
    /** RFC 822 without the weekday, which feeds often get wrong. */
    private static final DateTimeFormatter RFC_822_NO_WEEKDAY = pattern("d MMM uuuu HH:mm[:ss] [zzz][xx]");
    private static final Pattern WEEKDAY = Pattern.compile(
            "^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s+", Pattern.CASE_INSENSITIVE);

    /** A line that is only a date, possibly after a word such as "Published" or "Updated". */
    private static final Pattern DATE_LINE = Pattern.compile(
            "^(?:(?:published|posted|updated|date|first published)(?: on)?:?\\s+)?"
                    + "((?:[A-Za-z]+,?\\s+)?(?:\\d{1,2}\\.?\\s+[A-Za-z]+\\.?,?\\s+\\d{4}|[A-Za-z]+\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}"
                    + "|\\d{4}-\\d{2}-\\d{2}(?:[T ][0-9:.]+(?:Z|[+-]\\d{2}:?\\d{2})?)?|\\d{1,2}\\.\\d{1,2}\\.\\d{4}))"
                    + "(?:\\s*(?:at\\s+)?\\d{1,2}[:.]\\d{2}(?:\\s*[ap]\\.?m\\.?)?(?:\\s+[A-Z]{2,4})?)?\\s*$",
            Pattern.CASE_INSENSITIVE);

    private PublicationDate() {
    }

    /** ISO form of {@code raw}, or null when it is not a date we recognise. */
    public static String normalize(String raw) {
        if (raw == null || raw.isBlank()) return null;
        String s = raw.strip();
        try {
            return OffsetDateTime.parse(s).withOffsetSameInstant(ZoneOffset.UTC).toInstant().toString();
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        try {
            return ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant().toString();
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        String noWeekday = WEEKDAY.matcher(s).replaceFirst("");
        try {
            return ZonedDateTime.parse(noWeekday, RFC_822_NO_WEEKDAY).toInstant().toString();
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        try {
            return LocalDateTime.parse(s).toLocalDate().toString();
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        if (s.matches("\\d{10,13}")) {
            long n = Long.parseLong(s);
            return Instant.ofEpochMilli(s.length() == 13 ? n : n * 1000).toString();
        }
        String day = noWeekday.replaceAll("(\\d)(st|nd|rd|th)\\b", "$1").replaceAll("\\s+", " ");
        for (DateTimeFormatter format : DAY_FORMATS) {
            try {
                return LocalDate.parse(day, format).toString();
            } catch (DateTimeParseException ignored) {
                // try the next form
            }
        }
        return null;
    }

    /** The date on a line that holds nothing but a date (with an optional "Published" word and time). */
    public static String fromDateLine(String line) {
        Matcher m = DATE_LINE.matcher(line.strip());
        if (!m.matches()) return null;
        return normalize(m.group(1));
    }

    public static String fromInstant(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    private static DateTimeFormatter pattern(String pattern) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern).toFormatter(Locale.ENGLISH);
    }
}
