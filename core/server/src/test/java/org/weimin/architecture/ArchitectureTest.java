package org.weimin.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "org.weimin", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domainModelIsFreeOfFrameworks = noClasses().that().resideInAPackage("..model..")
            .should().dependOnClassesThat().resideInAnyPackage("jakarta..", "javax.persistence..", "org.hibernate..",
                    "com.vaadin..", "org.eclipse.microprofile..", "liquibase..", "com.fasterxml..", "org.yaml..")
            .because("the domain model must stay plain Java; mapping lives in orm.xml and infrastructure");

    @ArchTest
    static final ArchRule domainModelDoesNotReachOutward = noClasses().that().resideInAPackage("..model..")
            .should().dependOnClassesThat().resideInAnyPackage("..application..", "..infrastructure..", "..api..");

    @ArchTest
    static final ArchRule applicationDoesNotDependOnTheApi = noClasses().that().resideInAPackage("..application..")
            .should().dependOnClassesThat().resideInAPackage("..api..");

    @ArchTest
    static final ArchRule theSharedKernelKnowsNoContext = noClasses().that().resideInAPackage("org.weimin.shared..")
            .should().dependOnClassesThat().resideOutsideOfPackages("java..", "org.weimin.shared..")
            .because("every context may use the shared kernel, so it can use none of them, nor any framework");

    @ArchTest
    static final ArchRule coreKnowsNothingOfTheUi = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("com.vaadin..", "org.weimin.ui..");
}
