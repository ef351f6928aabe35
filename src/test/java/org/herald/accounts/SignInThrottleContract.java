package org.herald.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

import org.herald.support.EditorialTests;
import org.herald.support.Http;
import org.herald.support.Http.Response;
import org.herald.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.TestPropertySource;

/**
 * The sign-in throttles hold against an attacker who sends many attempts at once, on any
 * spelling of the sign-in URLs: an attempt takes its place in the count before its password or
 * code is looked at, so at most the free attempts are ever checked. Counted over real HTTP from
 * what the attacker sees (which attempts were answered "wrong") and from the audit log (which
 * were checked). Also: changing one's own password signs out one's other sessions and browsers.
 * Each test comes from its own made-up addresses ({@code X-Forwarded-For}), so that the
 * address counts of one test do not slow another. Run on H2 and on PostgreSQL.
 */
@TestPropertySource(properties = EditorialTests.CONTEXT)
abstract class SignInThrottleContract {

    private static final AtomicInteger NEXT_ADDRESS = new AtomicInteger();
    /** Failed sign-ins on one account that cost nothing (the default of the setting). */
    private static final int FREE_PER_ACCOUNT = 5;

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired PasswordEncoder passwords;
    TestUsers users;
    /** This test's own block of addresses: 100.64.x.1 … 100.64.x.250. */
    private String block;
    private int lastHost;

    @BeforeEach
    void users() {
        users = new TestUsers(jdbc, passwords);
        block = "100.64." + NEXT_ADDRESS.incrementAndGet() + ".";
        lastHost = 0;
    }

    @Test
    void thirtyWrongPasswordsAtOnceAreCheckedNoMoreThanTheFreeFailures() throws Exception {
        String victim = users.create("parallel", "AUTHOR");
        List<Http> attackers = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            Http attacker = fromNewAddress();
            tokens.add(attacker.get("/login").document().select("input[name=_csrf]").val());
            attackers.add(attacker);
        }
        long started = System.nanoTime();
        List<Response> answers = atOnce(30, i -> attackers.get(i).post("/login",
                Map.of("username", victim, "password", "guess-" + i, "_csrf", tokens.get(i))));
        long limit = FREE_PER_ACCOUNT + slotsOpenedSince(started);

        assertThat(answers).allSatisfy(answer -> assertThat(answer.location()).as("a refusal, never a sign-in")
                .matches(".*/login\\?(error|wait=\\d+)$"));
        long answeredWrong = answers.stream().filter(answer -> answer.location().endsWith("/login?error")).count();
        assertThat(answeredWrong).as("passwords checked in %.1f s", seconds(started)).isLessThanOrEqualTo(limit);
        assertThat(failedSignIns(victim)).as("passwords checked, by the audit log").isEqualTo(answeredWrong);
    }

    @Test
    void fortyCodesAtOnceInOneSignInAreCheckedNoMoreThanFiveTimes() throws Exception {
        // From a browser its owner signed in from before, which failures on the account do not
        // slow down: only the sign-in's own count of codes stands in the way.
        String username = users.create("codes", "EDITOR");
        Http http = fromNewAddress();
        http.login(username, TestUsers.PASSWORD);
        http.post("/logout", Map.of("_csrf", http.csrf("/admin")));
        String secret = Totp.newSecret();
        withTwoFactor(username, secret);
        assertThat(http.login(username, TestUsers.PASSWORD).location()).endsWith("/login/totp");
        String token = http.csrf("/login/totp");
        List<String> codes = wrongCodes(secret, 40);
        List<Response> answers = atOnce(40, i -> http.post("/login/totp", Map.of("code", codes.get(i), "_csrf", token)));

        assertThat(answers).noneSatisfy(answer -> assertThat(answer.location()).endsWith("/admin"));
        assertThat(answers).allSatisfy(answer -> assertThat(answer.status()).as(answer.body()).isIn(302, 400));
        assertThat(failedCodes(username)).as("codes checked").isLessThanOrEqualTo(PendingSignIn.MAX_ATTEMPTS);
        assertThat(http.get("/admin").location()).as("the sign-in was abandoned").endsWith("/login");
    }

    @Test
    void thirtyWrongCurrentPasswordsAtOnceAreCheckedNoMoreThanTheFreeFailures() throws Exception {
        String username = users.create("current", "AUTHOR");
        Http http = fromNewAddress();
        http.login(username, TestUsers.PASSWORD);
        String token = http.csrf("/admin/account");
        long started = System.nanoTime();
        List<Response> answers = atOnce(30, i -> http.post("/admin/account/password",
                Map.of("currentPassword", "guess-" + i, "newPassword", "a quiet river in the minsk rain " + i,
                        "_csrf", token)));
        long limit = FREE_PER_ACCOUNT + slotsOpenedSince(started);

        assertThat(answers).allSatisfy(answer -> assertThat(answer.status()).isEqualTo(400));
        long answeredWrong = answers.stream()
                .filter(answer -> answer.mainText().contains("The current password is not right.")).count();
        assertThat(answeredWrong).as("current passwords checked in %.1f s", seconds(started))
                .isLessThanOrEqualTo(limit);
        assertThat(answers.stream().filter(answer -> answer.mainText().contains("Too many wrong passwords")).count())
                .as("the others were told to wait").isEqualTo(30 - answeredWrong);
    }

    @Test
    void everySpellingOfTheSignInUrlsIsThrottledOrRefused() throws Exception {
        String victim = withTwoFactor(users.create("spelling", "EDITOR"), Totp.newSecret());
        Http halfway = fromNewAddress();
        assertThat(halfway.login(victim, TestUsers.PASSWORD).location()).endsWith("/login/totp");
        // Five free failures, then two more after their waits: the next attempt must wait 4 s.
        for (int i = 0; i < FREE_PER_ACCOUNT + 2; i++) {
            assertThat(fromNewAddress().login(victim, "guess-" + i).location()).endsWith("/login?error");
            if (i >= FREE_PER_ACCOUNT - 1 && i < FREE_PER_ACCOUNT + 1) {
                Thread.sleep((1000L << (i - FREE_PER_ACCOUNT + 1)) + 100);
            }
        }
        long checked = failedSignIns(victim);

        List<String> evaluated = new ArrayList<>();
        for (String path : List.of("/login", "/%6cogin", "/%6Cogin", "/%256cogin", "/login;jsessionid=x",
                "/login;x=y", "/login/", "//login", "/./login", "/LOGIN")) {
            Http attacker = fromNewAddress();
            String token = attacker.csrf("/login");
            Response answer = attacker.post(path, Map.of("username", victim, "password", "guess", "_csrf", token));
            if (!throttledOrRefused(answer)) {
                evaluated.add("POST " + path + " answered " + answer.status() + " " + answer.location());
            }
        }
        String token = halfway.csrf("/login/totp");
        for (String path : List.of("/login/totp", "/login/%74otp", "/login/%2574otp", "/login/totp;jsessionid=x",
                "/login/totp/", "/login%2Ftotp", "/login//totp", "/login/./totp", "/%6cogin/%74otp")) {
            Response answer = halfway.post(path, Map.of("code", "000000", "_csrf", token));
            if (!throttledOrRefused(answer) || answer.body().contains("That code is not right")) {
                evaluated.add("POST " + path + " answered " + answer.status() + " " + answer.location());
            }
        }
        assertThat(evaluated).isEmpty();
        assertThat(failedSignIns(victim)).as("no password or code checked past the limit").isEqualTo(checked);
    }

    @Test
    void changingOnesPasswordSignsOutOnesOtherSessionsAndForgetsOnesBrowsers() {
        String username = users.create("changer", "AUTHOR");
        Http here = fromNewAddress();
        Http elsewhere = fromNewAddress();
        here.login(username, TestUsers.PASSWORD);
        elsewhere.login(username, TestUsers.PASSWORD);
        assertThat(elsewhere.get("/admin").status()).isEqualTo(200);
        assertThat(trustedBrowsers(username)).isEqualTo(2);

        String replacement = "a new passphrase nobody else knows";
        Response changed = here.post("/admin/account/password", Map.of("currentPassword", TestUsers.PASSWORD,
                "newPassword", replacement, "_csrf", here.csrf("/admin/account")));
        assertThat(changed.location()).endsWith("/admin/account?saved");

        assertThat(here.get("/admin").status()).as("the session that changed it stays signed in").isEqualTo(200);
        assertThat(elsewhere.get("/admin").location()).as("every other session is signed out").endsWith("/login");
        assertThat(trustedBrowsers(username)).as("no browser is remembered any more").isZero();
        assertThat(elsewhere.login(username, TestUsers.PASSWORD).location()).endsWith("/login?error");
        assertThat(elsewhere.login(username, replacement).location()).contains("/admin");
    }

    /**
     * Attempts past the free ones that the throttle rightly lets through during a burst that
     * lasted from {@code startNanos} until now: the first after 1 s, the next 2 s later, then 4 s…
     * (0 when the burst took under a second, as it does on an idle machine).
     */
    private static long slotsOpenedSince(long startNanos) {
        return (long) Math.floor(Math.log(seconds(startNanos) + 1) / Math.log(2));
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    /** A refused attempt: sent to wait, or turned away by the firewall or the router (never a 500). */
    private static boolean throttledOrRefused(Response answer) {
        if (answer.isRedirect()) {
            return answer.location().matches(".*\\?wait=\\d+$");
        }
        return answer.status() >= 400 && answer.status() < 500;
    }

    private Http fromNewAddress() {
        return new Http(port).always("X-Forwarded-For", block + (++lastHost));
    }

    private String withTwoFactor(String username, String secret) {
        jdbc.sql("UPDATE app_user SET totp_secret = :secret WHERE username = :u")
                .param("secret", secret).param("u", username).update();
        return username;
    }

    private long failedSignIns(String username) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE action = 'login-failed' AND actor_name = :u")
                .param("u", username).query(Long.class).single();
    }

    private long failedCodes(String username) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM audit_log WHERE action = 'login-failed' AND actor_name = :u AND detail = 'totp'
                """).param("u", username).query(Long.class).single();
    }

    private long trustedBrowsers(String username) {
        return jdbc.sql("SELECT COUNT(*) FROM trusted_device WHERE user_id = :id").param("id", users.id(username))
                .query(Long.class).single();
    }

    /** Sends {@code count} requests together: each thread waits at one latch, then all go. */
    private static List<Response> atOnce(int count, IntFunction<Response> request) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(count);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Response>> answers = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int index = i;
                answers.add(threads.submit(() -> {
                    start.await();
                    return request.apply(index);
                }));
            }
            start.countDown();
            List<Response> responses = new ArrayList<>();
            for (Future<Response> answer : answers) {
                responses.add(answer.get(60, TimeUnit.SECONDS));
            }
            return responses;
        } finally {
            threads.shutdownNow();
        }
    }

    /** Six-digit codes that are wrong for the secret now and for the next minutes. */
    private static List<String> wrongCodes(String secret, int count) {
        byte[] key = Totp.decodeBase32(secret);
        long now = Totp.step(Instant.now());
        List<String> right = new ArrayList<>();
        for (long step = now - 2; step <= now + 10; step++) {
            right.add(Totp.code(key, step, "HmacSHA1", Totp.DIGITS));
        }
        return IntStream.range(0, count + right.size()).mapToObj(i -> String.format("%06d", 100_000 + i * 7919))
                .filter(code -> !right.contains(code)).limit(count).toList();
    }
}
