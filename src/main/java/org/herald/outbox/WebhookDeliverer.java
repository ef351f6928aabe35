package org.herald.outbox;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.springframework.stereotype.Component;

/**
 * Posts webhooks, a batch at once (each its own request), following the Standard Webhooks
 * specification: headers {@code webhook-id} (the message's idempotency key, the same on every
 * retry), {@code webhook-timestamp} and {@code webhook-signature}. A 2xx answer is success;
 * anything else, a timeout or a refused connection is tried again, and counts towards disabling
 * the endpoint. Redirects are not followed. The URL is checked again before each request.
 */
@Component
class WebhookDeliverer implements Deliverer {

    private final WebhookEndpoints endpoints;
    private final WebhookUrls urls;
    private final WebhookProperties properties;
    private final Clock clock;
    private final HttpClient http;

    WebhookDeliverer(WebhookEndpoints endpoints, WebhookUrls urls, WebhookProperties properties, Clock clock) {
        this.endpoints = endpoints;
        this.urls = urls;
        this.properties = properties;
        this.clock = clock;
        this.http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(properties.connectTimeout()).build();
    }

    @Override
    public String channel() {
        return Outbox.WEBHOOK;
    }

    @Override
    public boolean ready() {
        return true;
    }

    @Override
    public List<Outcome> deliver(List<OutboxMessage> batch) {
        List<CompletableFuture<Outcome>> pending = new ArrayList<>();
        for (OutboxMessage message : batch) {
            pending.add(start(message));
        }
        return pending.stream().map(CompletableFuture::join).toList();
    }

    private CompletableFuture<Outcome> start(OutboxMessage message) {
        Optional<WebhookEndpoint> found = endpoints.byId(Long.parseLong(message.recipient()));
        if (found.isEmpty()) {
            return CompletableFuture.completedFuture(Outcome.failed(null, "endpoint deleted"));
        }
        WebhookEndpoint endpoint = found.get();
        if (!endpoint.enabled()) {
            return CompletableFuture.completedFuture(Outcome.paused("endpoint disabled"));
        }
        URI uri;
        try {
            uri = urls.check(endpoint.url());
        } catch (WebhookException refused) {
            return CompletableFuture.completedFuture(Outcome.retry(null, "refused: " + refused.messageKey()));
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        long timestamp = now.toEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(properties.readTimeout())
                .header("Content-Type", "application/json")
                .header("User-Agent", "Herald-Webhooks/1")
                .header("webhook-id", message.key())
                .header("webhook-timestamp", String.valueOf(timestamp))
                .header("webhook-signature", WebhookSigner.signature(endpoint.signingSecrets(now), message.key(),
                        timestamp, message.body()))
                .POST(HttpRequest.BodyPublishers.ofString(message.body())).build();
        long started = System.nanoTime();
        return http.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                .handle((response, failure) -> {
                    long millis = (System.nanoTime() - started) / 1_000_000;
                    if (failure != null) {
                        Throwable cause = failure.getCause() == null ? failure : failure.getCause();
                        return Outcome.retry(null, cause.toString()).took(millis);
                    }
                    int status = response.statusCode();
                    return (status >= 200 && status < 300 ? Outcome.sent(status)
                            : Outcome.retry(status, "HTTP " + status)).took(millis);
                });
    }

    @Override
    public void recorded(OutboxMessage message, Outcome outcome) {
        long endpoint = Long.parseLong(message.recipient());
        switch (outcome.kind()) {
            case SENT -> endpoints.succeeded(endpoint);
            case RETRY -> endpoints.failed(endpoint, properties.disableAfter(), OffsetDateTime.now(clock));
            default -> {
            }
        }
    }
}
