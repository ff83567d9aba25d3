package kz.shagym.registry.service;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import kz.shagym.deadlines.service.DeadlineWatch;
import kz.shagym.intake.model.ComplaintForm;
import kz.shagym.intake.model.IntakeRules;
import kz.shagym.intake.model.InvalidComplaint;
import kz.shagym.intake.model.Upload;
import kz.shagym.intake.service.Intake;
import kz.shagym.kernel.model.Organisation;
import kz.shagym.registry.model.Complaint;
import kz.shagym.registry.model.JournalFilter;
import kz.shagym.registry.model.JournalSort;
import kz.shagym.registry.model.RegistryRefused;
import kz.shagym.testing.Letters;
import kz.shagym.testing.SignedInTest;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Registration in the container, on the real database: all or nothing, no number burned by a
 * failure after it was drawn, scans kept byte for byte, the deadline watched, and one
 * provider's staff blind to another's cases.
 */
@ExtendWith(ArquillianExtension.class)
class RegistryIT extends SignedInTest {

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R',
            0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0};


    @EJB
    Intake intake;

    @EJB
    Registry registry;

    @EJB
    Journal journal;

    @EJB
    StateServiceCatalogue catalogue;

    @EJB
    DeadlineWatch deadlines;

    @PersistenceContext
    EntityManager em;

    ComplaintForm letter() {
        ComplaintForm f = Letters.individual();
        f.setPostmarkDate(java.time.LocalDate.now(kz.shagym.kernel.service.BusinessClock.ZONE).toString());
        return f;
    }

    long lastSequence(int year) {
        long provider = em.createNamedQuery("Organisation.byCode", Organisation.class).setParameter("code", "DEMO")
                .getSingleResult().getId();
        return em.createQuery("select c.lastValue from IncomingCounter c where c.organisationId = :o"
                        + " and c.year = :y and c.prefix = :p", Long.class)
                .setParameter("o", provider).setParameter("y", year).setParameter("p", "ЖТ")
                .getResultStream().findFirst().orElse(0L);
    }

    long complaints() {
        return em.createQuery("select count(c) from Complaint c", Long.class).getSingleResult();
    }

    @Test
    void aRegistrationFailingAfterItsNumberWasDrawnLeavesNoRecordAndNoGap() throws Exception {
        signIn("registrar");
        Complaint first = intake.register(letter(), List.of());
        int year = first.getRegistrationYear();
        long drawnBefore = lastSequence(year);
        long stored = complaints();

        ComplaintForm tooLong = letter();
        // Past the intake rules straight to the registry: the database refuses the summary at the
        // flush, after the number was drawn.
        tooLong.setSummary("ә".repeat(5000));
        Complaint failing = IntakeRules.toComplaint(tooLong, catalogue.find("DEMO-001").orElseThrow());
        assertThrows(EJBException.class, () -> registry.register(failing, List.of()));

        assertEquals(drawnBefore, lastSequence(year), "the drawn number went back");
        assertEquals(stored, complaints(), "nothing of the failed registration stayed");
        Complaint next = intake.register(letter(), List.of());
        assertEquals(first.getSequenceNumber() + 1, next.getSequenceNumber());
    }

    @Test
    void invalidScansRefuseTheWholeRegistration() throws Exception {
        signIn("registrar");
        long stored = complaints();
        byte[] exe = {'M', 'Z', (byte) 0x90, 0, 3, 0};
        InvalidComplaint refused = assertThrows(InvalidComplaint.class,
                () -> intake.register(letter(), List.of(new Upload("scan.pdf", exe))));
        assertEquals("scans", refused.getProblems().get(0).field());
        assertEquals("intake.error.scan.WRONG_TYPE", refused.getProblems().get(0).messageKey());
        assertEquals(stored, complaints());
    }

    @Test
    void everythingRegisteredIsKeptTheScansByteForByte() throws Exception {
        signIn("registrar");
        Complaint c = intake.register(letter(), List.of(new Upload("C:\\scans\\page1.png", PNG)));
        assertEquals("Ахметова А.Б.", c.getRegistrarName());
        assertEquals("head", c.getHeadLogin());
        assertTrue(c.getAnswerPlace().startsWith("Астана қ."), c.getAnswerPlace());
        var attachments = registry.attachments(c);
        assertEquals(1, attachments.size());
        assertEquals("page1.png", attachments.get(0).getFileName());
        assertEquals("image/png", attachments.get(0).getMediaType());
        assertArrayEquals(PNG, registry.scan(c.getIncomingNumber(), attachments.get(0).getId()).orElseThrow().content());
        assertEquals("REGISTERED", registry.history(c).get(0).getToState().name());
        assertEquals(c.getDeadline(), deadlines.find(Registry.DEADLINE_SUBJECT, String.valueOf(c.getId()))
                .orElseThrow().getDueDate(), "the watch counts the same deadline");
    }

    @Test
    void theJournalFindsNamesWrittenWithTheLatinIAndNeverAnotherProvidersCases() throws Exception {
        signIn("registrar");
        Complaint c = intake.register(letter(), List.of());
        var found = journal.page(new JournalFilter(null, null, null, "СЕЙIТОВА", null, null, null), JournalSort.REGISTERED_AT,
                false, 0, 500);
        assertTrue(found.stream().anyMatch(x -> x.getId().equals(c.getId())), "folded search finds the case");
        assertEquals(journal.count(new JournalFilter(c.getIncomingNumber(), null, null, null, null, null, null)), 1);

        signIn("registrar2");
        assertTrue(registry.find(c.getIncomingNumber()).isEmpty(), "another provider's case is not found");
        assertThrows(RegistryRefused.class, () -> registry.attachments(c));
        assertEquals(0, journal.count(new JournalFilter(c.getIncomingNumber(), null, null, null, null, null, null)));
        assertTrue(journal.page(JournalFilter.NONE, JournalSort.NUMBER, true, 0, 1000).stream()
                .noneMatch(x -> x.getOrganisationId() == c.getOrganisationId()));
    }
}
