package org.herald.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.h2.tools.Restore;
import org.herald.support.HeraldOnH2;
import org.herald.support.TestAdmin;

/**
 * Backup and restore on the embedded default: the packaged jar's {@code backup} command, run as an
 * operator runs it while the node serves (a second process on the same H2 file, which the node
 * serves to it); restored by unzipping into a new data folder.
 */
@HeraldOnH2
class BackupRestoreH2IntegrationTests extends BackupRestoreContract {

    @Override
    Path backUp(Path folder) throws Exception {
        File jar = new File("target/herald.jar");
        assertThat(jar).as("the packaged jar (built by mvn package before the integration tests)").exists();
        Path zip = folder.resolve("herald-backup.zip");
        Path out = folder.resolve("backup.out");
        Path err = folder.resolve("backup.err");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:TieredStopAtLevel=1", "-jar", jar.getAbsolutePath(), "backup", zip.toString())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().put("HERALD_DATA_DIR", dataDir);
        builder.environment().put("HERALD_ADMIN_PASSWORD", TestAdmin.PASSWORD);
        Process backup = builder.start();
        assertThat(backup.waitFor(3, TimeUnit.MINUTES)).as("the backup command ends").isTrue();
        String output = Files.readString(out, StandardCharsets.UTF_8);
        String log = Files.readString(err, StandardCharsets.UTF_8);
        assertThat(backup.exitValue()).as(log).isZero();
        assertThat(output).startsWith("Backed up the database to " + zip + " (");
        assertThat(log).doesNotContain("\tat ", "ERROR");
        return zip;
    }

    @Override
    List<String> restore(Path backup, Path dataDir) {
        Restore.execute(backup.toString(), dataDir.toString(), "herald");
        return List.of();
    }
}
