package org.herald.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 written byte by byte, for requests no well-behaved client would send: broken
 * %-encoding, invalid UTF-8, a multipart body with no boundary or cut short, odd methods and
 * headers. One request per connection.
 */
public final class RawHttp {

    private RawHttp() {
    }

    /** The answer: status, headers (names in lower case, the last of each) and body. */
    public record Answer(int status, Map<String, String> headers, String body) {
    }

    /**
     * Sends {@code head} (request line and headers, each line ending in CRLF, without the blank
     * line), then {@code body}; adds {@code Host}, {@code Connection: close} and, when there is a
     * body and no length is given, {@code Content-Length}.
     */
    public static Answer send(int port, String head, byte[] body) {
        return sendFrom(InetAddress.getLoopbackAddress(), port, head, body);
    }

    /**
     * As {@link #send(int, String, byte[])}, from another local address: {@code 127.0.0.2} is a
     * client that is not the trusted proxy on {@code 127.0.0.1}.
     */
    public static Answer sendFrom(InetAddress from, int port, String head, byte[] body) {
        StringBuilder request = new StringBuilder(head);
        String lower = head.toLowerCase(Locale.ROOT);
        if (!lower.contains("\r\nhost:")) {
            request.append("Host: localhost:").append(port).append("\r\n");
        }
        if (body.length > 0 && !lower.contains("content-length:") && !lower.contains("transfer-encoding:")) {
            request.append("Content-Length: ").append(body.length).append("\r\n");
        }
        request.append("Connection: close\r\n\r\n");
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port, from, 0)) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().write(body);
            socket.getOutputStream().flush();
            socket.shutdownOutput();
            return parse(readAll(socket.getInputStream()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A request with no body. */
    public static Answer send(int port, String head) {
        return send(port, head, new byte[0]);
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            int read;
            while ((read = in.read(buffer)) >= 0) {
                out.write(buffer, 0, read);
            }
        } catch (java.net.SocketException reset) {
            // the server may close at once after a refusal; what came before is the answer
        }
        return out.toByteArray();
    }

    private static Answer parse(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        int end = text.indexOf("\r\n\r\n");
        String head = end < 0 ? text : text.substring(0, end);
        String body = end < 0 ? "" : text.substring(end + 4);
        String[] lines = head.split("\r\n");
        if (lines.length == 0 || !lines[0].startsWith("HTTP/")) {
            return new Answer(0, Map.of(), text);
        }
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
            }
        }
        return new Answer(status, headers, body);
    }
}
