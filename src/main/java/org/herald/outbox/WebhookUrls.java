package org.herald.outbox;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;

import org.springframework.stereotype.Component;

/**
 * Which webhook URLs Herald will call (server-side request forgery): an absolute https URL
 * (http only by {@link WebhookProperties#allowHttp}), no user name or password in it, and a host
 * every address of which is public: not loopback, private, link-local, unique-local, multicast
 * or unspecified, unless {@link WebhookProperties#allowPrivate}. The check runs when an
 * endpoint is registered and again before each delivery (a host may be re-pointed); redirects
 * are never followed.
 */
@Component
class WebhookUrls {

    private final WebhookProperties properties;

    WebhookUrls(WebhookProperties properties) {
        this.properties = properties;
    }

    /**
     * The URL, parsed, when Herald may call it.
     *
     * @throws WebhookException with the message key of the reason
     */
    URI check(String raw) {
        URI uri;
        try {
            uri = new URI(raw == null ? "" : raw.trim());
        } catch (URISyntaxException invalid) {
            throw new WebhookException("admin.webhooks.error.url");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || uri.getHost() == null || uri.getRawFragment() != null) {
            throw new WebhookException("admin.webhooks.error.url");
        }
        if (uri.getRawUserInfo() != null) {
            throw new WebhookException("admin.webhooks.error.credentials");
        }
        if (!scheme.equals("https") && !(scheme.equals("http") && properties.allowHttp())) {
            throw new WebhookException("admin.webhooks.error.scheme");
        }
        if (!properties.allowPrivate()) {
            try {
                for (InetAddress address : InetAddress.getAllByName(uri.getHost())) {
                    if (!isPublic(address)) {
                        throw new WebhookException("admin.webhooks.error.private");
                    }
                }
            } catch (UnknownHostException unknown) {
                throw new WebhookException("admin.webhooks.error.host");
            }
        }
        return uri;
    }

    /** Whether the address is one of the public internet's. */
    static boolean isPublic(InetAddress address) {
        if (address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
                || address.isAnyLocalAddress() || address.isMulticastAddress()) {
            return false;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet6Address) {
            boolean uniqueLocal = (bytes[0] & 0xfe) == 0xfc;
            boolean mappedV4 = isMappedV4(bytes);
            if (mappedV4) {
                try {
                    return isPublic(InetAddress.getByAddress(java.util.Arrays.copyOfRange(bytes, 12, 16)));
                } catch (UnknownHostException impossible) {
                    return false;
                }
            }
            return !uniqueLocal;
        }
        int first = bytes[0] & 0xff;
        int second = bytes[1] & 0xff;
        boolean carrierNat = first == 100 && second >= 64 && second <= 127;
        boolean thisNetwork = first == 0;
        boolean reserved = first >= 240;
        return !carrierNat && !thisNetwork && !reserved;
    }

    private static boolean isMappedV4(byte[] bytes) {
        for (int i = 0; i < 10; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return (bytes[10] & 0xff) == 0xff && (bytes[11] & 0xff) == 0xff;
    }
}
