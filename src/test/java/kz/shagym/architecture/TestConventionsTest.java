package kz.shagym.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import kz.shagym.testing.Browser;
import kz.shagym.testing.NeedsChromium;
import org.junit.jupiter.api.Test;

/** A test that opens a browser says so, so that a machine without one skips it instead of failing. */
class TestConventionsTest {

    @Test
    void everyBrowserTestIsMarked() {
        DescribedPredicate<JavaClass> openABrowser = DescribedPredicate.describe("open a browser",
                c -> c.getDirectDependenciesFromSelf().stream().anyMatch(d -> d.getTargetClass().isEquivalentTo(Browser.class)));
        classes().that().haveSimpleNameEndingWith("IT").and(openABrowser)
                .should().beAnnotatedWith(NeedsChromium.class)
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
                        .importPackages("kz.shagym"));
    }
}
