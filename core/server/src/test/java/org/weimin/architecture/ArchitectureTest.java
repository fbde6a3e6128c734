package org.weimin.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.util.List;

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
            .and().doNotHaveSimpleName("TenantScope").and().doNotHaveSimpleName("TenantConfigService").and().doNotHaveSimpleName("CommunityJobs")
            .should().callMethod(org.weimin.tenancy.application.TenantScope.class, "callAs",
                    org.weimin.tenancy.model.CommunityId.class, java.util.function.Supplier.class)
            .orShould().callMethod(org.weimin.tenancy.application.TenantScope.class, "runAs",
                    org.weimin.tenancy.model.CommunityId.class, Runnable.class)
            .because("the community is resolved once, by @InCommunity; only background work (applying configuration files, scheduled jobs) opens a scope itself");

    private static final java.util.List<String> CONTEXTS = java.util.List.of("tenancy", "identity", "grid", "config", "plugin",
            "organization", "intake", "demand", "meeting", "wish", "affair", "fund", "project", "evaluation", "demo", "platform");

    /**
     * Another context is reached through its application package (use cases, read models, query classes) or
     * its published value types; never through its repositories, infrastructure or API. The web layer shares
     * {@code platform.api}, the caller lookup {@code identity.api} and the community's representation {@code tenancy.api}.
     */
    @ArchTest
    static final ArchRule contextsMeetThroughTheirApplicationApi = classes().that().resideInAPackage("org.weimin..")
            .should(new com.tngtech.archunit.lang.ArchCondition<com.tngtech.archunit.core.domain.JavaClass>(
                    "reach other contexts only through their application API") {
                @Override
                public void check(com.tngtech.archunit.core.domain.JavaClass origin,
                                  com.tngtech.archunit.lang.ConditionEvents events) {
                    String from = contextOf(origin.getPackageName());
                    for (var dependency : origin.getDirectDependenciesFromSelf()) {
                        var target = dependency.getTargetClass();
                        String to = contextOf(target.getPackageName());
                        if (from == null || to == null || from.equals(to) || allowed(origin, target, to)) {
                            continue;
                        }
                        events.add(com.tngtech.archunit.lang.SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            });

    private static String contextOf(String packageName) {
        for (String context : CONTEXTS) {
            if (packageName.startsWith("org.weimin." + context + ".") || packageName.equals("org.weimin." + context)) {
                return context;
            }
        }
        return null;
    }

    private static boolean allowed(com.tngtech.archunit.core.domain.JavaClass origin,
                                   com.tngtech.archunit.core.domain.JavaClass target, String context) {
        String layer = target.getPackageName().substring(("org.weimin." + context + ".").length()).split("\\.")[0];
        if (layer.equals("application")) {
            return true;
        }
        if (layer.equals("model")) {
            return !target.getSimpleName().endsWith("Repository");
        }
        boolean webLayer = origin.getPackageName().endsWith(".api");
        return webLayer && layer.equals("api") && List.of("platform", "identity", "tenancy").contains(context);
    }

    @ArchTest
    static final ArchRule theSharedKernelKnowsNoContext = noClasses().that().resideInAPackage("org.weimin.shared..")
            .should().dependOnClassesThat().resideOutsideOfPackages("java..", "org.weimin.shared..")
            .because("every context may use the shared kernel, so it can use none of them, nor any framework");

    @ArchTest
    static final ArchRule coreKnowsNothingOfTheUi = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("com.vaadin..", "org.weimin.ui..");
}
