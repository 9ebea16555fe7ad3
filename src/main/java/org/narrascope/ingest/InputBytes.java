package org.narrascope.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnmappableCharacterException;

/** Bounded reading and strict decoding of inputs: the checks every format shares. */
public final class InputBytes {

    private static final int SNIFF_BYTES = 8192;

    private InputBytes() {
    }

    /** Reads the whole input, refusing it as soon as it passes the size limit. */
    public static byte[] read(Input input, Limits limits) throws IngestException {
        if (input.size() > limits.maxBytes()) {
            throw tooLarge(input.size(), limits);
        }
        try (InputStream in = input.open()) {
            return readBounded(in, limits);
        } catch (IOException e) {
            throw new IngestException("cannot read: " + describe(e), e);
        }
    }

    /** Reads a stream to its end, refusing it as soon as it passes the size limit. */
    public static byte[] readBounded(InputStream in, Limits limits) throws IOException, IngestException {
        byte[] bytes = in.readNBytes((int) limits.maxBytes() + 1);
        if (bytes.length > limits.maxBytes()) throw tooLarge(-1, limits);
        return bytes;
    }

    public static IngestException tooLarge(long size, Limits limits) {
        String what = size >= 0 ? "is " + Limits.describe(size) : "is larger than that";
        return new IngestException("too large: " + what + ", over the " + Limits.describe(limits.maxBytes())
                + " limit (raise it with --max-size)");
    }

    /**
     * Decodes UTF-8 text, rejecting empty, binary and mis-encoded content with a reason that says which.
     * A byte-order mark is dropped.
     */
    public static String decodeUtf8(byte[] bytes) throws IngestException {
        requireText(bytes);
        int start = hasUtf8Bom(bytes) ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer buffer = ByteBuffer.wrap(bytes, start, bytes.length - start);
        try {
            String text = decoder.decode(buffer).toString();
            if (text.isBlank()) throw new IngestException("empty: no text, only white space");
            return text;
        } catch (MalformedInputException | UnmappableCharacterException e) {
            throw new IngestException("invalid UTF-8 at byte " + buffer.position()
                    + " (save the file as UTF-8)");
        } catch (CharacterCodingException e) {
            throw new IngestException("invalid UTF-8 (save the file as UTF-8)");
        }
    }

    /** Rejects empty inputs and inputs that are plainly not text (NUL bytes, known binary signatures). */
    public static void requireText(byte[] bytes) throws IngestException {
        if (bytes.length == 0) throw new IngestException("empty: the file has no content");
        String signature = binarySignature(bytes);
        if (signature != null) throw new IngestException("binary file (" + signature + "), not text");
        int n = Math.min(bytes.length, SNIFF_BYTES);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xff;
            if (b == 0) throw new IngestException("binary file (contains NUL bytes), not text");
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') control++;
        }
        if (control * 20 > n) throw new IngestException("binary file (mostly control bytes), not text");
    }

    public static boolean isGzip(byte[] head) {
        return head.length >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b;
    }

    private static boolean hasUtf8Bom(byte[] b) {
        return b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF;
    }

    private static String binarySignature(byte[] b) {
        if (startsWith(b, "%PDF")) return "PDF";
        if (startsWith(b, "PK\u0003\u0004")) return "ZIP archive or office document";
        if (isGzip(b)) return "gzip-compressed";
        if (startsWith(b, "\u0089PNG")) return "PNG image";
        if (b.length >= 3 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xD8 && (b[2] & 0xff) == 0xFF) return "JPEG image";
        if (startsWith(b, "GIF8")) return "GIF image";
        return null;
    }

    private static boolean startsWith(byte[] b, String prefix) {
        if (b.length < prefix.length()) return false;
        for (int i = 0; i < prefix.length(); i++) {
            if ((b[i] & 0xff) != prefix.charAt(i)) return false;
        }
        return true;
    }

    /** An I/O failure in words, without class names. */
    public static String describe(IOException e) {
        String message = e.getMessage();
        if (e instanceof java.nio.file.NoSuchFileException) return "no such file";
        if (e instanceof java.nio.file.AccessDeniedException) return "permission denied";
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }
}
