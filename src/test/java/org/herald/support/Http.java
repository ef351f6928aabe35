package org.herald.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * A browser-like HTTP client for tests: real requests to the running application, cookies
 * kept (so a login lasts), redirects not followed (so tests see them).
 */
public final class Http {

    private final String base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient client;
    private final java.util.Map<String, String> defaults = new java.util.LinkedHashMap<>();

    public Http(int port) {
        this.base = "http://localhost:" + port;
        this.client = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    /**
     * Sends every later request with this header too: {@code X-Forwarded-For} to come from
     * another address, {@code X-Forwarded-Proto: https} to be behind HTTPS (Herald trusts these
     * from the loopback address, as from a proxy in front of it).
     */
    public Http always(String name, String value) {
        defaults.put(name, value);
        return this;
    }

    public Response get(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request);
    }

    /** An {@code OPTIONS} request, as a browser's CORS preflight sends it. */
    public Response options(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).method("OPTIONS",
                HttpRequest.BodyPublishers.noBody());
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request);
    }

    /** A form POST ({@code application/x-www-form-urlencoded}); repeated keys as lists. */
    public Response post(String path, Map<String, ?> form) {
        String body = form.entrySet().stream()
                .flatMap(e -> (e.getValue() instanceof List<?> values ? values : List.of(e.getValue())).stream()
                        .map(v -> encode(e.getKey()) + "=" + encode(String.valueOf(v))))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** A {@code multipart/form-data} POST with one file and some text fields, as a browser uploads. */
    public Response upload(String path, String field, String fileName, byte[] bytes, Map<String, String> fields) {
        String boundary = "----HeraldTest" + java.util.UUID.randomUUID().toString().replace("-", "");
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        java.util.function.Consumer<String> text = line -> body.writeBytes(line.getBytes(StandardCharsets.UTF_8));
        fields.forEach((name, value) -> text.accept("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"\r\n\r\n" + value + "\r\n"));
        text.accept("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\""
                + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
        body.writeBytes(bytes);
        text.accept("\r\n--" + boundary + "--\r\n");
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    /** A GET whose body is kept as bytes (an image, a PDF). */
    public Download download(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
        defaults.forEach(request::header);
        try {
            HttpResponse<byte[]> response = client.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            return new Download(response.statusCode(), response.headers().map(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException("request failed: " + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A response with a binary body. */
    public record Download(int status, Map<String, List<String>> headers, byte[] body) {

        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }
    }

    /** Follows redirects from a response until a non-redirect answer. */
    public Response follow(Response response) {
        Response current = response;
        for (int hops = 0; hops < 10 && current.isRedirect(); hops++) {
            current = get(current.location().replaceFirst("^https?://[^/]+", ""));
        }
        return current;
    }

    /** Signs in through the login form, with its CSRF token, as a person would. */
    public Response login(String username, String password) {
        Document form = get("/login").document();
        return post("/login", Map.of("username", username, "password", password,
                "_csrf", form.select("input[name=_csrf]").val()));
    }

    /**
     * Creates an English article through the editor's form, as a signed-in editor would; its id.
     *
     * @param kind the article kind's name ("NEWS", "PRESS_RELEASE")
     */
    public long createArticle(String kind, String title, String bodyMarkdown) {
        Map<String, Object> form = new java.util.HashMap<>(Map.of("type", "ARTICLE", "kind", kind, "language", "en",
                "title", title, "bodyMarkdown", bodyMarkdown));
        form.put("_csrf", csrf("/admin/content/new"));
        Response created = post("/admin/content", form);
        org.assertj.core.api.Assertions.assertThat(created.status()).as(created.mainText()).isEqualTo(302);
        return Long.parseLong(created.location().replaceAll(".*/admin/content/(\\d+).*", "$1"));
    }

    /** The value of a cookie the application set, null when there is none. */
    public String cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
                .map(java.net.HttpCookie::getValue).findFirst().orElse(null);
    }

    /** The CSRF token of a back-office page's forms. */
    public String csrf(String path) {
        return get(path).document().select("input[name=_csrf]").first().val();
    }

    private URI uri(String path) {
        return URI.create(base + path);
    }

    private Response send(HttpRequest.Builder request) {
        defaults.forEach(request::header);
        try {
            HttpResponse<String> response = client.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Response(response.statusCode(), response.headers().map(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException("request failed: " + request.build().uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** An HTTP response, with its body parsed as HTML on demand. */
    public record Response(int status, Map<String, List<String>> headers, String body) {

        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }

        public boolean isRedirect() {
            return status >= 300 && status < 400;
        }

        public String location() {
            return header("Location");
        }

        public Document document() {
            return Jsoup.parse(body);
        }

        /** The visible text of the page's main content. */
        public String mainText() {
            return document().select("main").text();
        }
    }
}
