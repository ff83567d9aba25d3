package kz.shagym.publicinfo.model;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import kz.shagym.kernel.model.LocalizedText;
import kz.shagym.kernel.model.Organisation;
import kz.shagym.kernel.model.OrganisationKind;
import kz.shagym.registry.model.StateService;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The reference directory is searched by provider or by state service, in any of the three languages. */
class ReferenceEntryTest {

    final ReferenceEntry entry = new ReferenceEntry(
            new Organisation(OrganisationKind.SERVICE_PROVIDER, "DEMO",
                    new LocalizedText("Халыққа қызмет көрсету орталығы", "Центр обслуживания населения", "Public service centre")),
            List.of(new StateService("DEMO-003", new LocalizedText("Жеке куәлік беру", "Выдача удостоверения личности",
                    "Issue of an identity card"))));

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "demo", "қызмет көрсету", "ЦЕНТР обслуживания", "public service", "куәлік",
            "удостоверения", "identity", "demo-003"})
    void foundByProviderOrService(String query) {
        assertTrue(entry.matches(query), query);
    }

    @ParameterizedTest
    @ValueSource(strings = {"пенсия", "land plot", "DEMO-009", "SECOND"})
    void notFoundByWhatItIsNot(String query) {
        assertFalse(entry.matches(query), query);
    }
}
