package org.weimin.spi.testkit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * Keeps a plugin honest: of the platform it may use the SPI ({@code org.weimin.spi}) and nothing else, and
 * none of the frameworks the platform runs on. In a plugin's tests:
 * {@code PluginArchitecture.assertUsesOnlyTheSpi("com.example.myplugin")}.
 */
public final class PluginArchitecture {

    private PluginArchitecture() {
    }

    public static void assertUsesOnlyTheSpi(String pluginPackage) {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(pluginPackage);
        classes().should().onlyDependOnClassesThat().resideInAnyPackage("org.weimin.spi..", pluginPackage + "..",
                        "java..", "javax.crypto..", "javax.xml..", "org.w3c.dom..", "org.xml.sax..", "jakarta.json..", "org.pf4j..")
                .because("a plugin reaches the platform only through the SPI")
                .allowEmptyShould(false)
                .check(classes);
    }
}
