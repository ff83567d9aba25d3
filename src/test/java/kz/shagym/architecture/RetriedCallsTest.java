package kz.shagym.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.util.List;
import kz.shagym.kernel.web.RetriedOnConflict;
import org.junit.jupiter.api.Test;

/**
 * Every screen and resource that calls a service (an EJB, or a bean of a module's service
 * package) is {@link RetriedOnConflict}: a clerk's step
 * that the database rolled back for another transaction's sake is taken again, never answered
 * with an error page. A new screen that forgot it fails here.
 */
class RetriedCallsTest {

    private static final List<Class<? extends Annotation>> WEB_BEANS =
            List.of(Path.class, ViewScoped.class, RequestScoped.class, SessionScoped.class, ApplicationScoped.class);

    @Test
    void everyScreenAndResourceThatCallsAServiceIsRetriedOnConflict() {
        List<JavaClass> callers = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("kz.shagym").stream()
                .filter(c -> c.getPackageName().endsWith(".web"))
                .filter(c -> WEB_BEANS.stream().anyMatch(c::isAnnotatedWith))
                .filter(c -> c.getFields().stream().anyMatch(f -> f.isAnnotatedWith(EJB.class)
                        || f.isAnnotatedWith(Inject.class) && f.getRawType().getPackageName().endsWith(".service")))
                .toList();
        assertTrue(callers.size() > 30, "the web beans were found: " + callers.size());
        assertEquals(List.of(), callers.stream().filter(c -> !c.isAnnotatedWith(RetriedOnConflict.class))
                .map(JavaClass::getSimpleName).toList());
    }
}
