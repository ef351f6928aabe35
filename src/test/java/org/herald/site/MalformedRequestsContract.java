package org.herald.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.herald.support.Http;
import org.herald.support.RawHttp;
import org.herald.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The malformed-request corpus: every kind of broken request an attacker or a broken client
 * sends, to every kind of endpoint, signed in and not. Each must get a 4xx (or an ordinary
 * answer), never a 500, never a stack trace in the body, and never an ERROR in the log (an
 * easy way to flood it otherwise). Run on H2 and on PostgreSQL by the subclasses.
 */
@ExtendWith(OutputCaptureExtension.class)
abstract class MalformedRequestsContract {

    /** What a request may be answered with: anything but a server error or a dropped connection. */
    private record Probe(String name, String head, byte[] body) {
    }

    /** A line of a Java stack trace, or its "Caused by". */
    private static final java.util.regex.Pattern STACK_TRACE = java.util.regex.Pattern.compile(
            "\\bat (java|org|jakarta|com)\\.[\\w.$]+\\(|Caused by: ");

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder passwords;

    private String session;
    private String csrf;

    @BeforeEach
    void signIn() {
        Http admin = new TestUsers(jdbc, passwords).signedIn(port, "ADMIN");
        session = admin.cookie("SESSION");
        csrf = admin.csrf("/admin/media");
    }

    @Test
    void brokenEncodingInParametersIsA4xx(CapturedOutput output) {
        List<Probe> probes = new ArrayList<>();
        for (String query : List.of("q=%zz", "q=%", "q=%C3%28", "q=%FF%FE", "kind=%E2%82", "q=a%00b", "%zz=1",
                "page=%2", "q=" + "%E2%82%AC".repeat(300) + "%E2")) {
            for (String path : List.of("/en/news", "/en/search", "/api/v1/search", "/en/", "/login", "/admin/content",
                    "/admin/audit", "/assets/site.css", "/media/no-such-file", "/actuator/health")) {
                probes.add(get(path + "?" + query, true));
                probes.add(get(path + "?" + query, false));
            }
        }
        for (String path : List.of("/login", "/admin/content", "/admin/menu", "/logout")) {
            for (String form : List.of("username=%zz&password=%", "title=%C3%28&_csrf=" + csrf, "%FF%FE=x",
                    "_csrf=%zz")) {
                probes.add(new Probe("POST " + path + " " + form, "POST " + path + " HTTP/1.1\r\n"
                        + cookie(true) + "Content-Type: application/x-www-form-urlencoded\r\n",
                        form.getBytes(StandardCharsets.ISO_8859_1)));
            }
        }
        assertAll(probes, output);
    }

    @Test
    void brokenMultipartBodiesAreA4xx(CapturedOutput output) {
        List<Probe> probes = new ArrayList<>();
        String part = "--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.png\"\r\n"
                + "Content-Type: image/png\r\n\r\n\u0089PNG\r\n\u001a\n";
        for (String path : List.of("/admin/media", "/admin/content", "/admin/import", "/login", "/en/news")) {
            for (boolean header : List.of(true, false)) {
                String token = header ? "X-CSRF-TOKEN: " + csrf + "\r\n" : "";
                probes.add(new Probe("no boundary " + path, "POST " + path + " HTTP/1.1\r\n" + cookie(true) + token
                        + "Content-Type: multipart/form-data\r\n", part.getBytes(StandardCharsets.ISO_8859_1)));
                probes.add(new Probe("truncated " + path, "POST " + path + " HTTP/1.1\r\n" + cookie(true) + token
                        + "Content-Type: multipart/form-data; boundary=XyZ\r\n",
                        part.getBytes(StandardCharsets.ISO_8859_1)));
                probes.add(new Probe("empty boundary " + path, "POST " + path + " HTTP/1.1\r\n" + cookie(true) + token
                        + "Content-Type: multipart/form-data; boundary=\r\n", "--\r\n".getBytes(StandardCharsets.US_ASCII)));
                probes.add(new Probe("garbage " + path, "POST " + path + " HTTP/1.1\r\n" + cookie(true) + token
                        + "Content-Type: multipart/form-data; boundary=XyZ\r\n", new byte[] {0, 1, 2, 3, (byte) 0xff}));
            }
        }
        assertAll(probes, output);
    }

    /** An upload over the server's limit is refused as too large, before its CSRF token could be read. */
    @Test
    void anUploadOverTheServersLimitIsA413() {
        RawHttp.Answer refused = RawHttp.send(port, "POST /admin/media HTTP/1.1\r\n" + cookie(true)
                + "Content-Type: multipart/form-data; boundary=XyZ\r\nContent-Length: 100000000\r\n",
                "--XyZ\r\n".getBytes(StandardCharsets.US_ASCII));
        assertThat(refused.status()).isEqualTo(413);
        assertThat(refused.body()).contains("larger than the server accepts");
    }

    @Test
    void hostileSessionCookiesAreIgnored(CapturedOutput output) {
        List<Probe> probes = new ArrayList<>();
        for (String value : List.of("AAAAAAAA", "AAAA", "%00%00", "!!!!", "AA==AA==", "=", "",
                "ZGVhZGJlZWY\u0000", "A".repeat(5000), "MTIzNDU2Nzg5MA==")) {
            for (String path : List.of("/en/", "/en/news", "/admin/content", "/login", "/api/v1/search?q=x",
                    "/assets/site.css")) {
                probes.add(new Probe("SESSION=" + value + " " + path, "GET " + path + " HTTP/1.1\r\nCookie: SESSION="
                        + value + "\r\n", new byte[0]));
            }
        }
        assertAll(probes, output);
        for (String path : List.of("/en/", "/en/news")) {
            RawHttp.Answer page = RawHttp.send(port, "GET " + path + " HTTP/1.1\r\nCookie: SESSION=AAAAAAAA\r\n");
            assertThat(page.status()).as("a reader with a stale or forged cookie still reads " + path).isEqualTo(200);
        }
    }

    @Test
    void unacceptableTypesOddMethodsAndOddHeadersAreA4xx(CapturedOutput output) {
        List<Probe> probes = new ArrayList<>();
        for (String accept : List.of("application/xml", "text/html", "image/png", "*/x", "garbage;;;q=1")) {
            probes.add(new Probe("Accept " + accept, "GET /api/v1/search?q=mou HTTP/1.1\r\nAccept: " + accept
                    + "\r\n", new byte[0]));
        }
        for (String method : List.of("OPTIONS", "PROPFIND", "TRACE", "PATCH", "DELETE", "PUT")) {
            for (String path : List.of("/admin/content", "/admin/users", "/en/news", "/api/v1/search", "/login",
                    "/media/x", "/admin")) {
                probes.add(new Probe(method + " " + path, method + " " + path + " HTTP/1.1\r\n" + cookie(true),
                        new byte[0]));
                probes.add(new Probe(method + " " + path + " anonymous", method + " " + path + " HTTP/1.1\r\n",
                        new byte[0]));
            }
        }
        for (String header : List.of("Accept-Language: ;;;q=xx,*;q=-1", "If-None-Match: \"", "If-Modified-Since: never",
                "Range: bytes=abc", "Range: bytes=9-1", "Accept-Encoding: \u00ff", "X-Forwarded-For: <script>",
                "X-Forwarded-Proto: gopher", "Content-Type: multipart/form-data; boundary=\"")) {
            for (String path : List.of("/en/news", "/api/v1/search?q=x", "/admin/content", "/media/x")) {
                probes.add(new Probe(header + " " + path, "GET " + path + " HTTP/1.1\r\n" + cookie(true) + header
                        + "\r\n", new byte[0]));
            }
        }
        for (String path : List.of("/en/news/%FF", "/admin/%2e%2e/", "//admin", "/en/news;jsessionid=x",
                "/en/%c0%ae%c0%ae/", "/%61dmin/", "/admin/content/%00", "/en/news/%uFF0E", "/en/news/\u00ff")) {
            probes.add(get(path, true));
            probes.add(get(path, false));
        }
        assertAll(probes, output);
        RawHttp.Answer xml = RawHttp.send(port, "GET /api/v1/search?q=mou HTTP/1.1\r\nAccept: application/xml\r\n");
        assertThat(xml.status()).isEqualTo(406);
        assertThat(xml.headers().get("content-type")).startsWith("application/json");
        assertThat(xml.body()).startsWith("{\"error\":");
    }

    /**
     * Refusals made before any controller runs (Spring Security's firewall, the container's own
     * checks of the address and the parameters) carry the same security headers as every page.
     */
    @Test
    void earlyRefusalsCarryTheSecurityHeaders() {
        for (String path : List.of("/admin;x=1/users", "/en/news?q=%zz", "/en/%2F/x", "/en/%5C/x", "/admin/%2e%2e/x",
                "/en//news", "/en/news\\x", "/%2561dmin/", "/en/news/%00")) {
            RawHttp.Answer refused = RawHttp.send(port, "GET " + path + " HTTP/1.1\r\n");
            assertThat(refused.status()).as(path).isBetween(400, 499);
            assertThat(refused.headers()).as(path).containsEntry("x-content-type-options", "nosniff")
                    .containsEntry("x-frame-options", "DENY").containsKey("content-security-policy")
                    .containsKey("referrer-policy");
        }
    }

    /** A tampered or misplaced CSRF token is refused with a 403, never an error. */
    @Test
    void tamperedOrMisplacedCsrfTokensAreA403(CapturedOutput output) {
        List<Probe> probes = new ArrayList<>();
        // The first character replaced by another (a token that starts with "x" stays valid with an "x").
        String otherFirst = (csrf.startsWith("x") ? "y" : "x") + csrf.substring(1);
        for (String token : List.of(csrf.substring(1), csrf + "x", otherFirst, "!!!!", "AAAA",
                "%41%41", csrf.toUpperCase(java.util.Locale.ROOT), "a".repeat(4000), "")) {
            probes.add(new Probe("token " + token, "POST /admin/menu HTTP/1.1\r\n" + cookie(true)
                    + "Content-Type: application/x-www-form-urlencoded\r\n",
                    ("_csrf=" + token + "&label=x").getBytes(StandardCharsets.ISO_8859_1)));
            probes.add(new Probe("header " + token, "POST /admin/menu HTTP/1.1\r\n" + cookie(true) + "X-CSRF-TOKEN: "
                    + token + "\r\n", new byte[0]));
        }
        assertAll(probes, output);
        for (Probe probe : probes) {
            assertThat(RawHttp.send(port, probe.head(), probe.body()).status()).as(probe.name()).isEqualTo(403);
        }
        RawHttp.Answer inQuery = RawHttp.send(port, "POST /admin/menu?_csrf=" + csrf + " HTTP/1.1\r\n" + cookie(true)
                + "Content-Type: application/x-www-form-urlencoded\r\n", "label=x".getBytes(StandardCharsets.US_ASCII));
        assertThat(inQuery.status()).as("a right token in the query string").isEqualTo(403);
        RawHttp.Answer inBody = RawHttp.send(port, "POST /admin/menu HTTP/1.1\r\n" + cookie(true)
                + "Content-Type: application/x-www-form-urlencoded\r\n",
                ("_csrf=" + csrf).getBytes(StandardCharsets.US_ASCII));
        assertThat(inBody.status()).as("the same token in the body").isNotEqualTo(403).isLessThan(500);
    }

    private Probe get(String path, boolean signedIn) {
        return new Probe("GET " + path + (signedIn ? " signed in" : ""), "GET " + path + " HTTP/1.1\r\n"
                + cookie(signedIn), new byte[0]);
    }

    private String cookie(boolean signedIn) {
        return signedIn ? "Cookie: SESSION=" + session + "\r\n" : "";
    }

    private void assertAll(List<Probe> probes, CapturedOutput output) {
        int logged = output.getOut().length();
        List<String> failures = new ArrayList<>();
        for (Probe probe : probes) {
            RawHttp.Answer answer = RawHttp.send(port, probe.head(), probe.body());
            if (answer.status() < 200 || answer.status() >= 500) {
                failures.add(answer.status() + " for " + probe.name());
            } else if (STACK_TRACE.matcher(answer.body()).find()) {
                failures.add("a stack trace in the body for " + probe.name());
            }
        }
        String log = output.getOut().substring(logged);
        assertThat(failures).as("requests answered with a server error").isEmpty();
        assertThat(log.lines().filter(line -> line.contains(" ERROR ")).toList()).as("ERROR lines in the log").isEmpty();
    }
}
