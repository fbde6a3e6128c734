package org.weimin.ui.it;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.eu.ingwar.tools.arquillian.extension.suite.annotations.ArquillianSuiteDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one deployment every in-container test shares: the real WAR the build produced, started once on
 * Payara Micro against a fresh H2 database in target/ and a copy of tenants-config/.
 */
@ArquillianSuiteDeployment
public class PlatformDeployment {

    @Deployment(testable = false)
    public static WebArchive platform() throws IOException {
        freshDataDir();
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("weimin.war")));
    }

    /** Removes what an earlier run left in the platform's data folder (installed plugins, keys, the H2 file). */
    public static void freshDataDir() throws IOException {
        delete(Path.of(System.getProperty("weimin.test-data-dir")));
    }

    /** Removes a folder and everything in it, if it is there. */
    public static void delete(Path data) throws IOException {
        if (Files.exists(data)) {
            try (Stream<Path> files = Files.walk(data)) {
                files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }
}
