package org.herald.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@BrowserTest
class BrowserSupportBrowserTests {

    private static final Map<String, String> PAGES = Map.of(
            "/accessible", """
                    <!DOCTYPE html>
                    <html lang="en">
                    <head><meta charset="utf-8"><title>Accessible</title></head>
                    <body><main><h1>Accessible page</h1><p>Nothing to report.</p></main></body>
                    </html>
                    """,
            "/inaccessible", """
                    <!DOCTYPE html>
                    <html lang="en">
                    <head><meta charset="utf-8"><title>Inaccessible</title></head>
                    <body><main><h1>Inaccessible page</h1>
                      <img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">
                      <input type="text" name="q">
                    </main></body>
                    </html>
                    """);

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private static HttpServer server;
    private static Browser browser;

    @BeforeAll
    static void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
        server.createContext("/", BrowserSupportBrowserTests::serve);
        server.start();
        browser = Browser.start();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void findsNoViolationOnAnAccessiblePage() {
        open("/accessible");

        assertThat(browser.axeViolations()).isEmpty();
    }

    @Test
    void describesEachViolationOnOneLine() {
        open("/inaccessible");

        assertThat(browser.axeViolations())
                .anySatisfy(line -> assertThat(line).startsWith("image-alt [critical]").contains("img"))
                .anySatisfy(line -> assertThat(line).startsWith("label ").contains("input"));
    }

    @Test
    void savesAPngScreenshot() throws IOException {
        open("/accessible");

        Path screenshot = browser.screenshot("browser-support");

        assertThat(screenshot).isEqualTo(Path.of("target", "screenshots", "browser-support.png")).isRegularFile();
        byte[] header = Arrays.copyOf(Files.readAllBytes(screenshot), PNG_SIGNATURE.length);
        assertThat(header).isEqualTo(PNG_SIGNATURE);
    }

    private static void open(String path) {
        browser.driver().get("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    private static void serve(HttpExchange exchange) throws IOException {
        String page = PAGES.get(exchange.getRequestURI().getPath());
        byte[] body = (page == null ? "Not found" : page).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
        exchange.sendResponseHeaders(page == null ? 404 : 200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
