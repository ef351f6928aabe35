package org.herald.importer;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.herald.HeraldCommand;
import org.herald.importer.recover.ImportRecord;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * {@code java -jar herald.jar import PATH... [--dry-run] [--json]}: imports files, folders and
 * zips. With {@code --json} each item is one JSON object on standard output; otherwise one line
 * "status source". A summary line goes to standard error. Exits with 1 when an item failed.
 */
@Component
class ImportCommand implements HeraldCommand {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Importer importer;

    ImportCommand(Importer importer) {
        this.importer = importer;
    }

    @Override
    public String name() {
        return "import";
    }

    @Override
    public String usage() {
        return "PATH... [--dry-run] [--json]  import legacy archives (crawled text, HTML, WXR, JSON Lines; files, folders, zips)";
    }

    @Override
    public int run(List<String> args) {
        boolean dryRun = args.contains("--dry-run");
        boolean json = args.contains("--json");
        List<Path> paths = new ArrayList<>();
        for (String arg : args) {
            if (arg.startsWith("--") && !arg.equals("--dry-run") && !arg.equals("--json")) {
                System.err.println("Unknown option " + arg + ". Usage: import " + usage());
                return 2;
            }
            if (!arg.startsWith("--")) {
                paths.add(Path.of(arg));
            }
        }
        if (paths.isEmpty()) {
            System.err.println("No path given. Usage: import " + usage());
            return 2;
        }
        // Standard output is the command's own: the application's log goes to standard error.
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        long start = System.nanoTime();
        ImportSummary summary = importer.run(paths, dryRun, null, record -> {
            out.println(json ? JSON.writeValueAsString(record) : line(record));
        });
        out.flush();
        double seconds = (System.nanoTime() - start) / 1e9;
        System.err.printf("%s%s: %d items in %.1f s (%.0f items/s)%n", dryRun ? "dry run, would have " : "", summary,
                summary.total(), seconds, summary.total() / Math.max(seconds, 1e-9));
        return summary.get(ImportRecord.Status.FAILED) > 0 ? 1 : 0;
    }

    private static String line(ImportRecord record) {
        String detail = record.error() != null ? " — " + record.error()
                : record.warnings().isEmpty() ? "" : " — " + String.join(", ", record.warnings());
        return record.status() + "\t" + record.source() + detail;
    }
}
