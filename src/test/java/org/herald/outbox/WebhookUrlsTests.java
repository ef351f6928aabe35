package org.herald.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/** Which webhook addresses Herald calls, with the default settings (https, public hosts only). */
class WebhookUrlsTests {

    private final WebhookUrls urls = new WebhookUrls(new WebhookProperties(false, false, Duration.ofSeconds(5),
            Duration.ofSeconds(10), 20, Duration.ofHours(24)));

    @Test
    void privateLoopbackLinkLocalAndReservedAddressesAreRefused() {
        for (String url : new String[] {"https://127.0.0.1/hook", "https://localhost/hook", "https://10.1.2.3/",
                "https://192.168.0.10/", "https://172.16.5.4/", "https://169.254.169.254/latest/meta-data",
                "https://[::1]/", "https://[fd00::1]/", "https://[fe80::1]/", "https://0.0.0.0/",
                "https://100.64.0.1/", "https://[::ffff:127.0.0.1]/"}) {
            assertThatThrownBy(() -> urls.check(url)).as(url).isInstanceOf(WebhookException.class)
                    .extracting(e -> ((WebhookException) e).messageKey()).isEqualTo("admin.webhooks.error.private");
        }
    }

    @Test
    void credentialsAndSchemesOtherThanHttpsAreRefused() {
        assertThatThrownBy(() -> urls.check("https://user:pw@93.184.215.14/hook"))
                .extracting(e -> ((WebhookException) e).messageKey()).isEqualTo("admin.webhooks.error.credentials");
        assertThatThrownBy(() -> urls.check("http://93.184.215.14/hook"))
                .extracting(e -> ((WebhookException) e).messageKey()).isEqualTo("admin.webhooks.error.scheme");
        assertThatThrownBy(() -> urls.check("/relative"))
                .extracting(e -> ((WebhookException) e).messageKey()).isEqualTo("admin.webhooks.error.url");
        assertThat(urls.check("https://93.184.215.14/hook").getHost()).isEqualTo("93.184.215.14");
    }
}
