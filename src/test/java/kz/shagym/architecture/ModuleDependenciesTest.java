package kz.shagym.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The modules of docs/architecture.md depend on each other in one direction only; a
 * wrong import fails the build here rather than in a review.
 */
class ModuleDependenciesTest {

    /** Which modules each module may use; every module may use itself. */
    static final Map<String, Set<String>> MAY_USE = Map.of(
            "kernel", Set.of(),
            "deadlines", Set.of("kernel"),
            "registry", Set.of("kernel", "deadlines"),
            "intake", Set.of("registry", "kernel"),
            "review", Set.of("registry", "kernel", "deadlines"),
            "appeals", Set.of("review", "registry", "kernel", "deadlines"),
            "statistics", Set.of("appeals", "review", "registry", "kernel"),
            "publicinfo", Set.of("statistics", "appeals", "review", "registry", "kernel"));

    static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("kz.shagym");
    }

    @Test
    void modulesUseOnlyTheModulesTheyMay() {
        for (var entry : MAY_USE.entrySet()) {
            String module = entry.getKey();
            String[] forbidden = MAY_USE.keySet().stream()
                    .filter(other -> !other.equals(module) && !entry.getValue().contains(other))
                    .map(other -> "kz.shagym." + other + "..")
                    .toArray(String[]::new);
            if (forbidden.length == 0) {
                continue;
            }
            ArchRule rule = noClasses().that().resideInAPackage("kz.shagym." + module + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(forbidden)
                    .because(module + " may use only " + entry.getValue());
            rule.check(classes);
        }
    }

    @Test
    void modulesAreFreeOfCycles() {
        slices().matching("kz.shagym.(*)..").should().beFreeOfCycles().check(classes);
    }

    /** The kernel's web layer (API errors, languages, screen messages) serves every module's web layer, and only those. */
    @Test
    void otherModulesNeverReachIntoAModulesWebLayer() {
        noClasses().that().resideOutsideOfPackages("kz.shagym.kernel..", "kz.shagym.*.web..")
                .should().dependOnClassesThat().resideInAPackage("kz.shagym.kernel.web..")
                .check(classes);
        for (String module : MAY_USE.keySet()) {
            if (module.equals("kernel")) {
                continue;
            }
            noClasses().that().resideOutsideOfPackage("kz.shagym." + module + "..")
                    .should().dependOnClassesThat().resideInAPackage("kz.shagym." + module + ".web..")
                    .allowEmptyShould(true)
                    .check(classes);
        }
    }

    @Test
    void modelsKnowNothingOfServicesScreensOrTheWeb() {
        noClasses().that().resideInAPackage("kz.shagym.*.model..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "kz.shagym.*.service..", "kz.shagym.*.web..", "jakarta.faces..", "jakarta.ws.rs..",
                        "jakarta.ejb..", "org.primefaces..")
                .check(classes);
    }

    @Test
    void servicesKnowNothingOfScreens() {
        noClasses().that().resideInAPackage("kz.shagym.*.service..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "kz.shagym.*.web..", "jakarta.faces..", "org.primefaces..")
                .check(classes);
    }

    @Test
    void everyModuleHasItsThreeLayers() {
        Set<String> packages = classes.stream().map(c -> c.getPackageName()).collect(Collectors.toSet());
        List<String> missing = MAY_USE.keySet().stream()
                .flatMap(m -> Arrays.stream(new String[] {"model", "service", "web"}).map(l -> "kz.shagym." + m + "." + l))
                .filter(p -> !packages.contains(p))
                .toList();
        org.junit.jupiter.api.Assertions.assertEquals(List.of(), missing);
    }
}
