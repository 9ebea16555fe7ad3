package org.narrascope.ingest;

/** Size bounds that keep one hostile or huge input from exhausting memory. */
public record Limits(long maxBytes) {

    public Limits {
        if (maxBytes < 1 || maxBytes > MAX_BYTES) throw new IllegalArgumentException("size limit out of range: " + maxBytes);
    }

    public static final long DEFAULT_MAX_BYTES = 50L * 1024 * 1024;
    /** One input is read into one Java array, which holds at most 2 GB. */
    public static final long MAX_BYTES = 2000L * 1024 * 1024;

    public static Limits defaults() {
        return new Limits(DEFAULT_MAX_BYTES);
    }

    /** Human form of a byte count, as users write it on the command line. */
    public static String describe(long bytes) {
        if (bytes >= 1024L * 1024 * 1024) return trim(bytes / (1024.0 * 1024 * 1024)) + " GB";
        if (bytes >= 1024L * 1024) return trim(bytes / (1024.0 * 1024)) + " MB";
        if (bytes >= 1024) return trim(bytes / 1024.0) + " KB";
        return bytes + " bytes";
    }

    /** Parses {@code 50MB}, {@code 512k}, {@code 1g} or a plain byte count. */
    public static long parseSize(String text) {
        String s = text.trim().toUpperCase(java.util.Locale.ROOT).replace(" ", "");
        long unit = 1;
        String number = s;
        for (String[] suffix : new String[][] {{"GB", "G"}, {"MB", "M"}, {"KB", "K"}}) {
            for (String form : suffix) {
                if (s.endsWith(form)) {
                    number = s.substring(0, s.length() - form.length());
                    unit = switch (suffix[1]) {
                        case "G" -> 1024L * 1024 * 1024;
                        case "M" -> 1024L * 1024;
                        default -> 1024L;
                    };
                    break;
                }
            }
            if (unit != 1) break;
        }
        if (number.endsWith("B")) number = number.substring(0, number.length() - 1);
        double value;
        try {
            value = Double.parseDouble(number);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a size: '" + text + "' (use e.g. 50MB, 512KB, 1GB)");
        }
        long bytes = (long) (value * unit);
        if (!(value > 0) || bytes < 1 || bytes > MAX_BYTES) {
            throw new IllegalArgumentException("size must be between 1 byte and 2000MB: '" + text + "'");
        }
        return bytes;
    }

    private static String trim(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.format(java.util.Locale.ROOT, "%.1f", v);
    }
}
