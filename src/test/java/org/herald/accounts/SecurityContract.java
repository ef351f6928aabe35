package org.herald.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.herald.support.EditorialTests;
import org.herald.support.Http;
import org.herald.support.Http.Response;
import org.herald.support.PermissionsDoc;
import org.herald.support.TestAdmin;
import org.herald.support.TestUsers;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.TestPropertySource;

/**
 * The back office's defences over real HTTP: CSRF on every state-changing route, session
 * fixation, sign-in throttling per account and per address without lock-out, cookie flags,
 * security headers on every kind of response, the password policy, two-factor sign-in, users
 * disabled at once, and an audit log the database itself keeps append-only. Requests come from
 * made-up addresses ({@code X-Forwarded-For}, trusted from the loopback address as from a
 * proxy), so throttling in one test does not slow another. Run on H2 and on PostgreSQL.
 */
@TestPropertySource(properties = EditorialTests.CONTEXT)
abstract class SecurityContract {

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired PasswordEncoder passwords;
    TestUsers users;

    @BeforeEach
    void users() {
        users = new TestUsers(jdbc, passwords);
    }

    @Test
    void everyStateChangingRouteRefusesARequestWithoutTheCsrfToken() {
        Http admin = signedInAdmin();
        long auditBefore = count("audit_log");
        List<String> accepted = new ArrayList<>();
        for (List<String> row : PermissionsDoc.table("Routes")) {
            if (!row.get(0).equals("POST")) {
                continue;
            }
            String path = row.get(1).replaceAll("\\{[a-zA-Z]+}", "1");
            Response forged = admin.post(path, Map.of("title", "Forged", "recipient", "Forged"));
            if (forged.status() != 403) {
                accepted.add(path + " answered " + forged.status());
            }
            Response wrongToken = admin.post(path, Map.of("_csrf", "not-the-token"));
            if (wrongToken.status() != 403) {
                accepted.add(path + " with a wrong token answered " + wrongToken.status());
            }
        }
        assertThat(accepted).isEmpty();
        assertThat(count("audit_log")).as("nothing was done").isEqualTo(auditBefore);
        assertThat(new Http(port).post("/login", Map.of("username", TestAdmin.USERNAME, "password", TestAdmin.PASSWORD))
                .status()).as("even signing in needs the token").isEqualTo(403);
    }

    @Test
    void signingInGivesANewSessionAndTheCookiesCarryTheirFlagsBehindHttps() {
        // A browser sends Secure cookies back over HTTPS only; this client speaks plain HTTP to the
        // test server behind a pretended TLS proxy, so it hands the session cookie back itself.
        Http https = new Http(port).always("X-Forwarded-For", "198.51.100.10").always("X-Forwarded-Proto", "https");
        Response form = https.get("/login");
        String before = cookieValue(form.header("Set-Cookie"), "SESSION");
        assertThat(form.header("Set-Cookie")).contains("Secure", "HttpOnly", "SameSite=Lax");
        https.always("Cookie", "SESSION=" + before);
        Response login = https.post("/login", Map.of("username", users.create("cookie", "EDITOR"),
                "password", TestUsers.PASSWORD, "_csrf", form.document().select("input[name=_csrf]").val()));
        assertThat(login.location()).endsWith("/admin");
        List<String> cookies = login.headers().getOrDefault("set-cookie", List.of());
        assertThat(cookies).anySatisfy(cookie -> assertThat(cookie).startsWith("SESSION=").contains("Secure", "HttpOnly",
                "SameSite=Lax"));
        assertThat(cookies).anySatisfy(cookie -> assertThat(cookie).startsWith("herald_device=").contains("Secure",
                "HttpOnly", "SameSite=Strict", "Path=/login"));
        String after = cookies.stream().filter(cookie -> cookie.startsWith("SESSION=")).findFirst()
                .map(cookie -> cookieValue(cookie, "SESSION")).orElseThrow();
        assertThat(after).as("session fixation: a new session id at sign-in").isNotEqualTo(before);

        Http plain = new Http(port).always("X-Forwarded-For", "198.51.100.11");
        assertThat(plain.get("/login").header("Set-Cookie")).as("plain HTTP in development").doesNotContain("Secure")
                .contains("HttpOnly");
    }

    private static String cookieValue(String header, String name) {
        return header.replaceAll("^.*?" + name + "=([^;]+).*$", "$1");
    }

    @Test
    void everyKindOfResponseCarriesTheSecurityHeaders() {
        Http admin = signedInAdmin();
        String css = admin.get("/en/").document().select("link[rel=stylesheet]").attr("href");
        for (String path : List.of("/en/", "/en/news", "/en/no-such-page", "/login", "/admin", "/admin/audit", css,
                "/preview/" + "x".repeat(43), "/actuator/health", "/media/" + "0".repeat(32))) {
            Response response = admin.get(path);
            String csp = response.header("Content-Security-Policy");
            assertThat(csp).as(path).isNotNull().contains("frame-ancestors 'none'").doesNotContain("unsafe-inline");
            if (!path.startsWith("/media/")) {
                assertThat(csp).as(path).contains("script-src 'self'");
            }
            assertThat(response.header("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
            assertThat(response.header("Referrer-Policy")).as(path).isNotNull();
            assertThat(response.header("X-Frame-Options")).as(path).isEqualTo("DENY");
            assertThat(response.header("Permissions-Policy")).as(path).contains("camera=()");
        }
        Http secure = new Http(port).always("X-Forwarded-Proto", "https");
        assertThat(secure.get("/en/").header("Strict-Transport-Security")).contains("max-age=");
    }

    @Test
    void repeatedFailuresOnAnAccountSlowItDownButNotForABrowserItsOwnerUsedBefore() throws InterruptedException {
        String victim = users.create("victim", "AUTHOR");
        Http owner = new Http(port).always("X-Forwarded-For", "198.51.100.20");
        owner.login(victim, TestUsers.PASSWORD);
        assertThat(owner.get("/admin").status()).isEqualTo(200);
        owner.post("/logout", Map.of("_csrf", owner.csrf("/admin")));

        // Five failures are free; then each attempt waits 1, 2, 4… seconds after the last failure.
        for (int i = 0; i < 7; i++) {
            Http attacker = new Http(port).always("X-Forwarded-For", "203.0.113." + (i + 1));
            Response guess = attacker.login(victim, "guess-" + i);
            assertThat(guess.location()).as("guess " + i).endsWith("/login?error");
            if (i == 4 || i == 5) {
                Thread.sleep((1000L << (i - 4)) + 100);
            }
        }
        Http stranger = new Http(port).always("X-Forwarded-For", "203.0.113.99");
        Response slowed = stranger.login(victim, TestUsers.PASSWORD);
        assertThat(slowed.location()).as("even the right password must wait").contains("/login?wait=");
        assertThat(stranger.get("/admin").location()).endsWith("/login");
        assertThat(stranger.follow(slowed).mainText()).contains("Too many failed attempts. Wait");

        Response known = owner.login(victim, TestUsers.PASSWORD);
        assertThat(known.location()).as("the owner's own browser is not locked out").endsWith("/admin");
        assertThat(count("audit_log WHERE action = 'login-throttled'")).isPositive();
    }

    @Test
    void repeatedFailuresFromAnAddressSlowItDownForEveryAccountButNotOtherAddresses() {
        Http noisy = new Http(port).always("X-Forwarded-For", "192.0.2.77");
        for (int i = 0; i < 20; i++) {
            noisy.login("nobody-" + UUID.randomUUID(), "guess");
        }
        String user = users.create("bystander", "EDITOR");
        assertThat(noisy.login(user, TestUsers.PASSWORD).location()).contains("/login?wait=");
        Http elsewhere = new Http(port).always("X-Forwarded-For", "192.0.2.78");
        assertThat(elsewhere.login(user, TestUsers.PASSWORD).location()).endsWith("/admin");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE action = 'login-failed' AND remote_addr = '192.0.2.77'")
                .query(Long.class).single()).as("who, what, from where").isEqualTo(20);
    }

    @Test
    void weakPasswordsAreRefusedWithTheReason() {
        Http admin = signedInAdmin();
        Map<String, Object> form = new HashMap<>(Map.of("username", "weak-" + UUID.randomUUID().toString().substring(0, 6),
                "displayName", "Weak", "role", "AUTHOR", "password", "password123456"));
        form.put("_csrf", admin.csrf("/admin/users/new"));
        Response refused = admin.post("/admin/users", form);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.document().select("#password-error").text()).contains("This password is too common");
        form.put("password", "short");
        assertThat(admin.post("/admin/users", form).document().select("#password-error").text())
                .isEqualTo("The password is too short.");
        form.put("password", "a quiet river in the minsk rain");
        assertThat(admin.post("/admin/users", form).location()).contains("/admin/users/");
    }

    @Test
    void twoFactorSignInAsksForACodeThatWorksOnce() {
        String username = users.create("twofactor", "EDITOR");
        Http http = new Http(port).always("X-Forwarded-For", "198.51.100.30");
        http.login(username, TestUsers.PASSWORD);
        Document setup = http.post("/admin/account/two-factor", Map.of("_csrf", http.csrf("/admin/account"))).document();
        String secret = setup.select("code.secret").text().replace(" ", "");
        assertThat(setup.select("img.qr").attr("src")).startsWith("data:image/png;base64,");
        Response wrong = http.post("/admin/account/two-factor/confirm", Map.of("_csrf", http.csrf("/admin/account"),
                "code", "000000", "password", TestUsers.PASSWORD));
        assertThat(wrong.status()).isEqualTo(400);
        String first = code(secret, Instant.now());
        Response on = http.post("/admin/account/two-factor/confirm", Map.of("_csrf", http.csrf("/admin/account"),
                "code", first, "password", TestUsers.PASSWORD));
        assertThat(on.location()).endsWith("?two-factor-on");
        http.post("/logout", Map.of("_csrf", http.csrf("/admin")));

        Response password = http.login(username, TestUsers.PASSWORD);
        assertThat(password.location()).endsWith("/login/totp");
        String halfway = http.cookie("SESSION");
        assertThat(http.get("/admin").location()).as("not signed in yet").endsWith("/login/totp");
        assertThat(http.post("/login/totp", Map.of("_csrf", http.csrf("/login/totp"), "code", first)).status())
                .as("a code already used").isEqualTo(400);
        String next = code(secret, Instant.now().plusSeconds(30));
        Response in = http.post("/login/totp", Map.of("_csrf", http.csrf("/login/totp"), "code", next));
        assertThat(in.location()).endsWith("/admin");
        assertThat(http.cookie("SESSION")).as("a new session after the second factor").isNotEqualTo(halfway);
        assertThat(http.get("/admin").status()).isEqualTo(200);
        assertThat(jdbc.sql("SELECT detail FROM audit_log WHERE action = 'login' AND actor_name = :u ORDER BY id DESC LIMIT 1")
                .param("u", username).query(String.class).single()).isEqualTo("password+totp");
    }

    @Test
    void aDisabledUserIsSignedOutAtOnceAndKeepsTheirHistory() {
        String username = users.create("leaver", "AUTHOR");
        Http leaver = new Http(port).always("X-Forwarded-For", "198.51.100.40");
        leaver.login(username, TestUsers.PASSWORD);
        Map<String, Object> form = new HashMap<>(Map.of("type", "ARTICLE", "kind", "NEWS", "language", "en",
                "title", "Written before leaving " + UUID.randomUUID()));
        form.put("_csrf", leaver.csrf("/admin/content/new"));
        assertThat(leaver.post("/admin/content", form).status()).isEqualTo(302);

        Http admin = signedInAdmin();
        long id = users.id(username);
        admin.post("/admin/users/" + id + "/disable", Map.of("_csrf", admin.csrf("/admin/users/" + id)));
        assertThat(leaver.get("/admin").location()).as("signed out at once").endsWith("/login");
        assertThat(new Http(port).always("X-Forwarded-For", "198.51.100.41").login(username, TestUsers.PASSWORD)
                .location()).endsWith("/login?error");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM revision WHERE author_name = :u").param("u", username)
                .query(Long.class).single()).isEqualTo(1);
        assertThat(admin.get("/admin/users/" + id).mainText()).contains("Disabled");
        assertThat(admin.get("/admin/audit?actor=" + username).mainText()).contains("content.create");

        Response self = admin.post("/admin/users/" + jdbc.sql("SELECT id FROM app_user WHERE username = 'admin'")
                .query(Long.class).single() + "/disable", Map.of("_csrf", admin.csrf("/admin/users")));
        assertThat(self.status()).isEqualTo(400);
        assertThat(self.mainText()).contains("You cannot disable your own account.");
    }

    @Test
    void aRoleChangeTakesEffectAtOnce() {
        String username = users.create("promoted", "AUTHOR");
        Http user = new Http(port).always("X-Forwarded-For", "198.51.100.50");
        user.login(username, TestUsers.PASSWORD);
        assertThat(user.get("/admin/menu").status()).isEqualTo(403);
        Http admin = signedInAdmin();
        long id = users.id(username);
        admin.post("/admin/users/" + id + "/role", Map.of("_csrf", admin.csrf("/admin/users/" + id), "role", "EDITOR"));
        assertThat(user.get("/admin").location()).as("the old session ends").endsWith("/login");
        user.login(username, TestUsers.PASSWORD);
        assertThat(user.get("/admin/menu").status()).isEqualTo(200);
        assertThat(admin.get("/admin/audit?action=user.role").mainText()).contains(username + ": AUTHOR → EDITOR");
    }

    @Test
    void theAuditLogRecordsSignInsWithTheirAddressAndTheDatabaseKeepsItAppendOnly() {
        Http from = new Http(port).always("X-Forwarded-For", "198.51.100.60");
        from.login(TestAdmin.USERNAME, "wrong-password");
        from.login(TestAdmin.USERNAME, TestAdmin.PASSWORD);
        Document log = from.get("/admin/audit?address=198.51.100.60").document();
        assertThat(log.select("table.audit tbody tr")).extracting(row -> row.select("td").get(2).text())
                .contains("login", "login-failed");

        assertThatThrownBy(() -> jdbc.sql("UPDATE audit_log SET detail = 'rewritten'").update())
                .as("no update").isInstanceOf(Exception.class);
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_log").update()).as("no delete")
                .isInstanceOf(Exception.class);
        assertThat(count("audit_log")).isPositive();
    }

    private Http signedInAdmin() {
        Http admin = new Http(port).always("X-Forwarded-For", "198.51.100.1");
        admin.login(TestAdmin.USERNAME, TestAdmin.PASSWORD);
        return admin;
    }

    private long count(String tableAndWhere) {
        return jdbc.sql("SELECT COUNT(*) FROM " + tableAndWhere).query(Long.class).single();
    }

    private static String code(String secret, Instant at) {
        return Totp.code(Totp.decodeBase32(secret), Totp.step(at), "HmacSHA1", Totp.DIGITS);
    }
}
