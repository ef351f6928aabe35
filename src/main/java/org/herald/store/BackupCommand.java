package org.herald.store;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

import org.herald.HeraldCommand;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar herald.jar backup PATH [--force]}: an online backup of the embedded H2
 * database into a zip, with H2's {@code BACKUP TO}, which copies a consistent state while the
 * database is in use. Beside a running node it goes through that node (the default URL has
 * {@code AUTO_SERVER=TRUE}), which writes the file. The zip is written under a temporary name and
 * renamed when complete, so a failed run never leaves half a backup nor spoils an older one.
 *
 * <p>On PostgreSQL it writes nothing and prints the {@code pg_dump} and {@code pg_restore} commands
 * for this database instead (status 2). Bad input is refused with one line and status 2.
 */
@Component
class BackupCommand implements HeraldCommand {

    static final int DONE = 0;
    static final int FAILED = 1;
    static final int REFUSED = 2;
    private static final String FORCE = "--force";
    private static final String SYNOPSIS = "Usage: java -jar herald.jar backup PATH [--force]";

    private final JdbcClient jdbc;
    private final String url;
    private final String user;

    @Autowired
    BackupCommand(JdbcClient jdbc, @Value("${spring.datasource.url}") String url,
                  @Value("${spring.datasource.username:}") String user) {
        this.jdbc = jdbc;
        this.url = url;
        this.user = user;
    }

    @Override
    public String name() {
        return "backup";
    }

    @Override
    public String usage() {
        return "PATH [--force]  back up the embedded database into a zip, also while Herald runs (PostgreSQL: pg_dump)";
    }

    @Override
    public int run(List<String> args) {
        // Standard output is the command's own: the application's log goes to standard error.
        return run(args, new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8),
                System.err);
    }

    int run(List<String> args, PrintStream out, PrintStream err) {
        List<String> paths = new ArrayList<>();
        for (String arg : args) {
            if (arg.startsWith("--") && !arg.equals(FORCE)) {
                return refuse(err, "Unknown option " + arg + ". " + SYNOPSIS);
            }
            if (!arg.startsWith("--")) {
                paths.add(arg);
            }
        }
        if (url.startsWith("jdbc:postgresql:")) {
            err.print(PostgresBackupAdvice.of(url, user, paths.isEmpty() ? null : paths.get(0)));
            return REFUSED;
        }
        if (!url.startsWith("jdbc:h2:") || url.startsWith("jdbc:h2:mem:")) {
            return refuse(err, "Herald's database is neither an H2 file nor PostgreSQL: back it up with its own"
                    + " tools.");
        }
        if (paths.size() != 1) {
            return refuse(err, (paths.isEmpty() ? "No backup file given" : "One backup file only, not " + paths.size())
                    + ". " + SYNOPSIS);
        }
        Path file;
        try {
            file = Path.of(paths.get(0)).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            return refuse(err, "The backup file's name is not a path this system accepts: " + e.getReason() + ".");
        }
        String refusal = refusal(file, args.contains(FORCE));
        return refusal != null ? refuse(err, refusal) : backUp(file, out, err);
    }

    /** Why the backup cannot be written to this file, or null when it can. */
    private static String refusal(Path file, boolean force) {
        Path folder = file.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            return "There is no folder " + folder + ": create it first, or give a file in an existing folder.";
        }
        if (Files.isDirectory(file)) {
            return file + " is a folder: give the name of the backup file, such as " + file.resolve("herald.zip") + ".";
        }
        if (Files.exists(file) && !force) {
            return file + " already exists: give another name, or add --force to replace it.";
        }
        return null;
    }

    private int backUp(Path file, PrintStream out, PrintStream err) {
        Path partial = file.resolveSibling("." + file.getFileName() + ".partial");
        long start = System.nanoTime();
        try {
            // A connection beside a running node is that node's: it writes the file, at this absolute path.
            jdbc.sql("BACKUP TO :file").param("file", partial.toString()).update();
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            out.printf("Backed up the database to %s (%,d bytes) in %.1f s%n", file, Files.size(file),
                    (System.nanoTime() - start) / 1e9);
            return DONE;
        } catch (DataAccessException | IOException e) {
            deleteQuietly(partial);
            err.println("The backup to " + file + " failed: " + firstLine(e));
            return FAILED;
        }
    }

    private static int refuse(PrintStream err, String message) {
        err.println(message);
        return REFUSED;
    }

    private static String firstLine(Exception e) {
        Throwable cause = e instanceof DataAccessException data && data.getMostSpecificCause() != null
                ? data.getMostSpecificCause() : e;
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return message.lines().findFirst().orElse(message).trim();
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // the failure being reported is the one that matters
        }
    }
}
