package org.narrascope.nlp;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.djl.huggingface.tokenizers.jni.CharSpan;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the sentence encoder makes of a stretch of text in its sentence: the mean of the encoder's
 * last-layer vectors over the tokens of a span. A sentence vector says what a sentence is about;
 * the span's own vector says what the sentence does to the thing the span names (attacker,
 * victim, saviour), which is what role framing needs. Same model file as
 * {@link SentenceEmbeddings}, read from its jar, loaded once per process.
 */
public final class TokenEmbeddings {

    private static final String MODEL = "/all-minilm-l6-v2-q.onnx";
    private static final String TOKENIZER = "/all-minilm-l6-v2-q-tokenizer.json";
    /** The encoder's window; longer texts are cut around the span. */
    private static final int MAX_TOKENS = 256;

    private static volatile TokenEmbeddings shared;

    private final OrtEnvironment environment;
    private final OrtSession session;
    private final HuggingFaceTokenizer tokenizer;

    private TokenEmbeddings() {
        try (InputStream model = TokenEmbeddings.class.getResourceAsStream(MODEL);
                InputStream vocabulary = TokenEmbeddings.class.getResourceAsStream(TOKENIZER)) {
            if (model == null || vocabulary == null) throw new IllegalStateException("the sentence-encoder jar is not on the class path");
            environment = OrtEnvironment.getEnvironment();
            OrtSession.SessionOptions options = new OrtSession.SessionOptions();
            options.setIntraOpNumThreads(Math.max(1, Runtime.getRuntime().availableProcessors()));
            session = environment.createSession(model.readAllBytes(), options);
            tokenizer = HuggingFaceTokenizer.newInstance(vocabulary, Map.of("padding", "false", "truncation", "false"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (OrtException e) {
            throw new IllegalStateException("cannot load the sentence encoder", e);
        }
    }

    public static TokenEmbeddings shared() {
        if (shared == null) {
            synchronized (TokenEmbeddings.class) {
                if (shared == null) shared = new TokenEmbeddings();
            }
        }
        return shared;
    }

    /** A word of a text (its characters {@code [start, end)}) and its unit contextual vector. */
    public record Word(int start, int end, float[] vector) {
    }

    /**
     * The unit mean vector of the tokens overlapping {@code [start, end)} of {@code text}, read in
     * the context of {@code text}; zeros when no token falls in the span or the model fails.
     */
    public float[] span(String text, int start, int end) {
        Encoding encoding = tokenizer.encode(text);
        CharSpan[] spans = encoding.getCharTokenSpans();
        int first = -1, last = -1;
        for (int t = 0; t < spans.length; t++) {
            if (spans[t] != null && spans[t].getEnd() > start && spans[t].getStart() < end) {
                if (first < 0) first = t;
                last = t;
            }
        }
        if (first < 0) return new float[SentenceEmbeddings.DIMENSIONS];
        // a window of at most MAX_TOKENS around the span
        int inner = MAX_TOKENS - 2;
        int from = 1, to = spans.length - 1;
        if (to - from > inner) {
            from = Math.max(1, Math.min(first - (inner - (last - first + 1)) / 2, to - inner));
            to = from + inner;
            last = Math.min(last, to - 1);
        }
        float[][] hidden = hidden(encoding.getIds(), from, to);
        float[] mean = new float[SentenceEmbeddings.DIMENSIONS];
        if (hidden == null) return mean;
        for (int t = first; t <= last; t++) add(mean, hidden[t - from]);
        return SentenceEmbeddings.unit(mean);
    }

    /**
     * Every word of {@code text} (as the encoder's tokenizer splits words) with the mean of its
     * tokens' vectors; a text longer than the encoder's window is read in consecutive windows cut
     * between words. Words the model fails on get zero vectors.
     */
    public List<Word> words(String text) {
        Encoding encoding = tokenizer.encode(text);
        long[] ids = encoding.getIds();
        long[] wordIds = encoding.getWordIds();
        CharSpan[] spans = encoding.getCharTokenSpans();
        List<Word> out = new ArrayList<>();
        int from = 1;
        int content = ids.length - 1;
        while (from < content) {
            int to = Math.min(content, from + MAX_TOKENS - 2);
            // do not cut a word in two
            while (to < content && to > from + 1 && wordIds[to] == wordIds[to - 1]) to--;
            float[][] hidden = hidden(ids, from, to);
            int t = from;
            while (t < to) {
                int end = t + 1;
                while (end < to && wordIds[end] == wordIds[t]) end++;
                float[] mean = new float[SentenceEmbeddings.DIMENSIONS];
                if (hidden != null) for (int u = t; u < end; u++) add(mean, hidden[u - from]);
                if (spans[t] != null) out.add(new Word(spans[t].getStart(), spans[end - 1].getEnd(), SentenceEmbeddings.unit(mean)));
                t = end;
            }
            from = to;
        }
        return out;
    }

    /** Last-layer vectors of tokens {@code [from, to)} of {@code ids}, read between the first and last (special) token; null when the model fails. */
    private float[][] hidden(long[] ids, int from, int to) {
        int n = to - from + 2;
        long[] window = new long[n];
        window[0] = ids[0];
        System.arraycopy(ids, from, window, 1, to - from);
        window[n - 1] = ids[ids.length - 1];
        long[] mask = new long[n];
        Arrays.fill(mask, 1);
        Map<String, OnnxTensor> inputs = new HashMap<>();
        try {
            inputs.put("input_ids", OnnxTensor.createTensor(environment, new long[][] {window}));
            inputs.put("attention_mask", OnnxTensor.createTensor(environment, new long[][] {mask}));
            if (session.getInputNames().contains("token_type_ids")) inputs.put("token_type_ids", OnnxTensor.createTensor(environment, new long[][] {new long[n]}));
            try (OrtSession.Result result = session.run(inputs)) {
                float[][] all = ((float[][][]) result.get(0).getValue())[0];
                return Arrays.copyOfRange(all, 1, n - 1);
            }
        } catch (OrtException e) {
            return null;
        } finally {
            inputs.values().forEach(OnnxTensor::close);
        }
    }

    private static void add(float[] sum, float[] v) {
        for (int d = 0; d < sum.length; d++) sum[d] += v[d];
    }
}
