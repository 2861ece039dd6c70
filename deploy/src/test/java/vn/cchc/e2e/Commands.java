package vn.cchc.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assertions;

/** Runs a command line for a test (npm, soffice, pdftoppm…) and fails the test, showing its output, unless it ends with 0 in time. */
final class Commands {

    private Commands() {
    }

    /**
     * @param dir     working directory
     * @param env     variables added to the inherited environment
     * @param timeout how long it may take; a command still running then is killed
     * @param command the command and its arguments
     * @return what it printed (standard output and error together)
     */
    static String run(Path dir, Map<String, String> env, Duration timeout, String... command) throws IOException, InterruptedException {
        Path log = Files.createTempFile("cchc-command", ".log");
        try {
            ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
            pb.environment().putAll(env);
            Process p = pb.start();
            boolean done = p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (!done) {
                p.destroyForcibly();
            }
            String out = Files.readString(log, StandardCharsets.UTF_8);
            Assertions.assertTrue(done && p.exitValue() == 0, String.join(" ", command) + (done ? " failed:\n" : " timed out:\n") + out);
            return out;
        } finally {
            Files.deleteIfExists(log);
        }
    }
}
