package org.weimin.ui.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Dredd 14, the API-description test runner, installed from npm into target/ the first time a test needs it
 * (the machine needs node and npm; .ci/run installs them where they are missing).
 */
final class Dredd {

    private static final String VERSION = "14.1.0";
    private static final Path HOME = Path.of(System.getProperty("weimin.war")).getParent().resolve("dredd");

    private Dredd() {
    }

    static synchronized Path executable() throws IOException, InterruptedException {
        Path dredd = HOME.resolve("node_modules/.bin/dredd");
        if (Files.isExecutable(dredd)) {
            return dredd;
        }
        Files.createDirectories(HOME);
        Process install = new ProcessBuilder("npm", "install", "--no-audit", "--no-fund", "--prefix", HOME.toString(),
                "dredd@" + VERSION).redirectErrorStream(true).redirectOutput(HOME.resolve("npm-install.log").toFile()).start();
        if (!install.waitFor(5, TimeUnit.MINUTES) || install.exitValue() != 0 || !Files.isExecutable(dredd)) {
            install.destroyForcibly();
            throw new IllegalStateException("npm could not install dredd@" + VERSION + "; see " + HOME.resolve("npm-install.log"));
        }
        return dredd;
    }
}
