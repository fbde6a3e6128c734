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
    static final ArchRule applicationDoesNotDependOnInfrastructure = noClasses().that().resideInAPackage("..application..")
            .should().dependOnClassesThat().resideInAPackage("..infrastructure..")
            .because("use cases talk to ports (repositories, FeatureRuntime, PasswordHasher, ConfigFiles) that infrastructure implements");

    @ArchTest
    static final ArchRule useCasesDoNotOpenTheirCommunityScopeByHand = noClasses().that().resideInAPackage("..application..")
            .and().doNotHaveSimpleName("InCommunityInterceptor").and().doNotHaveSimpleName("PlatformWideInterceptor")
            .and().doNotHaveSimpleName("TenantScope").and().doNotHaveSimpleName("TenantConfigService")
            .and().doNotHaveSimpleName("CallerDirectory").and().doNotHaveSimpleName("CommunityAdministration")
            .should().callMethod(org.weimin.tenancy.application.TenantScope.class, "callAs",
                    org.weimin.tenancy.model.CommunityId.class, java.util.function.Supplier.class)
            .orShould().callMethod(org.weimin.tenancy.application.TenantScope.class, "runAs",
                    org.weimin.tenancy.model.CommunityId.class, Runnable.class)
            .because("the community is resolved once, by @InCommunity; only background work and sign-in open a scope themselves");

    @ArchTest
    static final ArchRule theSharedKernelKnowsNoContext = noClasses().that().resideInAPackage("org.weimin.shared..")
            .should().dependOnClassesThat().resideOutsideOfPackages("java..", "org.weimin.shared..")
            .because("every context may use the shared kernel, so it can use none of them, nor any framework");

    @ArchTest
    static final ArchRule coreKnowsNothingOfTheUi = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("com.vaadin..", "org.weimin.ui..");
}
