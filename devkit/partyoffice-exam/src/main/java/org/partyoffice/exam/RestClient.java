package org.partyoffice.exam;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * The platform's REST API on 127.0.0.1 as a client sees it: JSON bodies in UTF-8, Basic
 * authentication. Bodies come back as text; parse them with the JSON library of your choice.
 */
public final class RestClient {

    /** The answer's status and body. */
    public record Response(int status, String body) {
    }

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;
    private final String authorization;

    private RestClient(String base, String authorization) {
        this.base = base;
        this.authorization = authorization;
    }

    /** A client of the distribution booted by {@link PartyOfficeDistribution}, inside the container. */
    public static RestClient local() {
        return new RestClient("http://127.0.0.1:" + Integer.getInteger(PartyOfficeDistribution.HTTP_PORT_PROPERTY), null);
    }

    /** The same client, logged in as {@code login}. */
    public RestClient as(String login, String password) {
        return new RestClient(base, "Basic " + Base64.getEncoder()
                .encodeToString((login + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    public Response get(String path) {
        return send(builder(path).GET());
    }

    public Response post(String path, String json) {
        return send(builder(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    public Response put(String path, String json) {
        return send(builder(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    public Response delete(String path) {
        return send(builder(path).DELETE());
    }

    private HttpRequest.Builder builder(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json");
        return authorization == null ? b : b.header("Authorization", authorization);
    }

    private Response send(HttpRequest.Builder b) {
        try {
            HttpResponse<String> r = client.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Response(r.statusCode(), r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
