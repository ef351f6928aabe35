package org.herald.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.herald.support.RawHttp;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code X-Forwarded-*} headers are believed only from the proxies named in
 * {@code HERALD_TRUSTED_PROXIES} (the tests name 127.0.0.1). A client on another address, even a
 * private or loopback one (127.0.0.2), cannot choose the address its failed sign-ins are counted
 * and audited under, nor the host or scheme of the site's own links.
 */
abstract class ForwardedHeadersContract {

    private static final Pattern SESSION = Pattern.compile("SESSION=([^;]+)");

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aClientThatIsNotATrustedProxyCannotChooseItsAddress() throws Exception {
        InetAddress untrusted = InetAddress.getByName("127.0.0.2");
        failedSignIn(untrusted, "203.0.113.77", "forwarded-untrusted");
        failedSignIn(InetAddress.getByName("127.0.0.1"), "203.0.113.78", "forwarded-trusted");

        assertThat(addresses("forwarded-untrusted")).as("audited under the address it came from").containsOnly("127.0.0.2");
        assertThat(addresses("forwarded-trusted")).as("a trusted proxy names the client").containsOnly("203.0.113.78");
    }

    @Test
    void aClientThatIsNotATrustedProxyCannotChooseTheHostOfTheSitesLinks() throws UnknownHostException {
        RawHttp.Answer page = RawHttp.sendFrom(InetAddress.getByName("127.0.0.2"), port, "GET /en/news/iom-to-sign-mou-with-commonwealth-of-independent-states HTTP/1.1\r\n"
                + "X-Forwarded-Host: evil.example\r\nX-Forwarded-Proto: https\r\nX-Forwarded-Port: 443\r\n", new byte[0]);
        assertThat(page.status()).isEqualTo(200);
        String canonical = Jsoup.parse(page.body()).select("link[rel=canonical]").attr("href");
        assertThat(canonical).startsWith("http://localhost:" + port + "/");
        assertThat(page.body()).doesNotContain("evil.example");
    }

    private void failedSignIn(InetAddress from, String forwardedFor, String username) {
        String forwarded = "X-Forwarded-For: " + forwardedFor + "\r\n";
        RawHttp.Answer form = RawHttp.sendFrom(from, port, "GET /login HTTP/1.1\r\n" + forwarded, new byte[0]);
        Matcher session = SESSION.matcher(form.headers().getOrDefault("set-cookie", ""));
        assertThat(session.find()).as("the sign-in form starts a session").isTrue();
        String csrf = Jsoup.parse(form.body()).select("input[name=_csrf]").val();
        String body = "username=" + username + "&password=wrong-password-" + username + "&_csrf=" + csrf;
        RawHttp.Answer answer = RawHttp.sendFrom(from, port, "POST /login HTTP/1.1\r\n" + forwarded + "Cookie: SESSION="
                + session.group(1) + "\r\nContent-Type: application/x-www-form-urlencoded\r\n",
                body.getBytes(StandardCharsets.UTF_8));
        assertThat(answer.status()).isEqualTo(302);
    }

    private java.util.List<String> addresses(String username) {
        return jdbc.sql("SELECT remote_addr FROM audit_log WHERE action = 'login-failed' AND actor_name = :name")
                .param("name", username).query(String.class).list();
    }
}
