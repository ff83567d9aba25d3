package kz.shagym.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Set;
import kz.shagym.testing.Browser;
import kz.shagym.testing.NeedsChromium;
import kz.shagym.testing.SuiteDeployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;

/**
 * A test that opens a browser says so, so that a machine without one skips it instead of
 * failing; an integration test says where it runs, so that the one suite deployment carries it.
 */
class TestConventionsTest {

    private static final JavaClasses TESTS = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS).importPackages("kz.shagym");

    @Test
    void everyBrowserTestIsMarked() {
        DescribedPredicate<JavaClass> openABrowser = DescribedPredicate.describe("open a browser",
                c -> c.getDirectDependenciesFromSelf().stream().anyMatch(d -> d.getTargetClass().isEquivalentTo(Browser.class)));
        classes().that().haveSimpleNameEndingWith("IT").and(openABrowser)
                .should().beAnnotatedWith(NeedsChromium.class)
                .check(TESTS);
    }

    /** Run outside the server (@RunAsClient), or inside it and then in the suite deployment. */
    @Test
    void everyIntegrationTestRunsAsAClientOrIsDeployed() {
        Set<String> inServer = Set.of(SuiteDeployment.IN_SERVER);
        DescribedPredicate<JavaClass> deployed = DescribedPredicate.describe("named in SuiteDeployment.IN_SERVER",
                c -> inServer.contains(c.getName()));
        classes().that().haveSimpleNameEndingWith("IT").and().haveSimpleNameNotEndingWith("RestartIT")
                .and(DescribedPredicate.not(deployed)).should().beAnnotatedWith(RunAsClient.class)
                .check(TESTS);
    }
}
