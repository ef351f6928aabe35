package org.herald.importer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;

/**
 * On start, fills an empty database from the seed file (once: a second start loads nothing).
 * It runs before the web server opens, so no reader ever sees the site half-loaded.
 */
@Component
class SeedLoader implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(SeedLoader.class);

    private final SeedProperties properties;
    private final SeedImport seedImport;
    private final ResourceLoader resources;

    SeedLoader(SeedProperties properties, SeedImport seedImport, ResourceLoader resources) {
        this.properties = properties;
        this.seedImport = seedImport;
        this.resources = resources;
    }

    @Override
    public void afterSingletonsInstantiated() {
        try {
            load();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the seed " + properties.resource(), e);
        }
    }

    private void load() throws IOException {
        if (!properties.enabled() || seedImport.alreadyLoaded()) {
            return;
        }
        String text;
        try (InputStream in = resources.getResource(properties.resource()).getInputStream()) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String source = "seed:" + properties.resource().substring(properties.resource().lastIndexOf('/') + 1);
        if (seedImport.load(text, source)) {
            log.info("Loaded the seed content from {}", properties.resource());
        }
    }
}
