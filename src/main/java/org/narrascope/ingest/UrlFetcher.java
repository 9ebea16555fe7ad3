package org.narrascope.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Fetches a page or feed over HTTP(S), bounded in size and time, for the reader of its format. */
final class UrlFetcher {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient client = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NORMAL)
            .connectTimeout(TIMEOUT)
            .build();

    Input fetch(URI uri, Limits limits) throws IngestException {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(TIMEOUT)
                .header("User-Agent", "Narrascope/0.1")
                .header("Accept", "application/rss+xml, application/atom+xml, text/html, application/json, text/plain;q=0.8, */*;q=0.5")
                .GET().build();
        HttpResponse<InputStream> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            throw new IngestException("cannot fetch: " + InputBytes.describe(e), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IngestException("fetch interrupted", e);
        }
        String type = response.headers().firstValue("Content-Type").orElse(null);
        try (InputStream body = response.body()) {
            if (response.statusCode() != 200) {
                throw new IngestException("cannot fetch: the server answered HTTP " + response.statusCode());
            }
            long length = response.headers().firstValueAsLong("Content-Length").orElse(-1);
            if (length > limits.maxBytes()) throw InputBytes.tooLarge(length, limits);
            byte[] bytes = readWithDeadline(body, limits);
            return new Input(uri.toString(), uri.getPath(), type, bytes.length, () -> new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new IngestException("cannot fetch: " + InputBytes.describe(e), e);
        }
    }

    /** The client's timeout covers the headers only; a body that trickles in is cut off here. */
    private static byte[] readWithDeadline(InputStream body, Limits limits) throws IngestException, IOException {
        FutureTask<byte[]> read = new FutureTask<>(() -> InputBytes.readBounded(body, limits));
        Thread reader = Thread.ofVirtual().start(read);
        try {
            return read.get(TIMEOUT.toSeconds() * 2, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            body.close();
            reader.interrupt();
            throw new IngestException("cannot fetch: the body did not arrive within " + TIMEOUT.toSeconds() * 2 + " s");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IngestException ie) throw ie;
            if (e.getCause() instanceof IOException io) throw io;
            throw new IngestException("cannot fetch: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IngestException("fetch interrupted", e);
        }
    }
}
