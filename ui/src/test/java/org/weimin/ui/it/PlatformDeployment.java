package org.weimin.ui.it;

import java.io.File;

import org.eu.ingwar.tools.arquillian.extension.suite.annotations.ArquillianSuiteDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one deployment every in-container test shares: the real WAR the build produced, started once on
 * Payara Micro against an H2 database in target/ and a copy of tenants-config/.
 */
@ArquillianSuiteDeployment
public class PlatformDeployment {

    @Deployment(testable = false)
    public static WebArchive platform() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("weimin.war")));
    }
}
