package org.narrascope.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

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
        long length = response.headers().firstValueAsLong("Content-Length").orElse(-1);
        if (response.statusCode() != 200) {
            try (InputStream ignored = response.body()) {
                throw new IngestException("cannot fetch: the server answered HTTP " + response.statusCode());
            } catch (IOException e) {
                throw new IngestException("cannot fetch: the server answered HTTP " + response.statusCode(), e);
            }
        }
        Input streamed = new Input(uri.toString(), uri.getPath(), type, length, response::body);
        byte[] bytes = InputBytes.read(streamed, limits);
        return new Input(uri.toString(), uri.getPath(), type, bytes.length, () -> new ByteArrayInputStream(bytes));
    }
}
