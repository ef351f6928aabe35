package org.herald.cache;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import com.aayushatharva.brotli4j.Brotli4jLoader;
import com.aayushatharva.brotli4j.encoder.Encoder;

/**
 * Run by the build (the {@code process-classes} phase): writes a {@code .br} and a {@code .gz}
 * beside each text asset of the folder given, at the best compression of each, which would be
 * too slow per request and costs nothing ahead of time. Spring's encoded resource resolver then
 * serves whichever the browser accepts.
 */
public final class PrecompressAssets {

    private static final List<String> TEXT = List.of(".css", ".js", ".svg", ".json", ".txt", ".xml");

    private PrecompressAssets() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args[0]);
        Brotli4jLoader.ensureAvailability();
        Encoder.Parameters best = new Encoder.Parameters().setQuality(11);
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(PrecompressAssets::isText).toList()) {
                byte[] bytes = Files.readAllBytes(file);
                Files.write(file.resolveSibling(file.getFileName() + ".gz"), Compression.gzip(bytes));
                Files.write(file.resolveSibling(file.getFileName() + ".br"), Encoder.compress(bytes, best));
            }
        }
    }

    private static boolean isText(Path file) {
        String name = file.getFileName().toString();
        return Files.isRegularFile(file) && TEXT.stream().anyMatch(name::endsWith);
    }
}
