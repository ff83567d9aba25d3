package kz.shagym.publicinfo.service;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import kz.shagym.kernel.model.WorkingCalendar;
import kz.shagym.kernel.service.BusinessClock;
import kz.shagym.kernel.service.WorkingDays;
import kz.shagym.publicinfo.model.CaseStatus;
import kz.shagym.publicinfo.model.StatusAnswer;
import kz.shagym.registry.model.AccessCode;
import kz.shagym.registry.model.CaseNumberKey;
import kz.shagym.registry.model.Stage;

/**
 * The status of a case (¶7): opened by a citizen with the incoming number and the access code
 * of the acceptance confirmation, without an account; and found by the contact centre. Only
 * facts of the procedure leave this class, never a name, an IIN/BIN, an address or what the
 * complaint or the answer says: it never reads them ({@link StatusRow}). A CDI bean, not an
 * EJB: it reads what anyone may read, so it needs no role check, and the public status is
 * read by the thousand (README, "Benchmarks").
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CaseStatuses {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private WorkingDays workingDays;

    @Inject
    private BusinessClock clock;

    @Inject
    private LookupLimiter limiter;

    /** A case found by the contact centre: whose it is, and its status. */
    public record Found(long organisationId, CaseStatus status) {
    }

    /**
     * The status of the case of that number and code as a citizen typed them, asked from
     * {@code address}. A wrong number and a wrong code are one answer, and count as one more
     * failure of that address.
     */
    public StatusAnswer open(String typedNumber, String typedCode, String address) {
        Duration wait = limiter.waitBefore(address);
        if (!wait.isZero()) {
            return new StatusAnswer.TryLater(wait);
        }
        String key = CaseNumberKey.of(typedNumber);
        Optional<String> code = AccessCode.normalize(typedCode);
        Optional<StatusRow> found = key.isEmpty() || code.isEmpty() ? Optional.empty()
                : rows("c.number_key = ?1", key, 10).stream().filter(r -> sameCode(r.accessCode(), code.get())).findFirst();
        if (found.isEmpty()) {
            limiter.failed(address);
            return new StatusAnswer.NotFound();
        }
        return new StatusAnswer.Found(statusOf(found.get()));
    }

    /** Compared in constant time: how long a comparison takes says nothing of how much of a code was right. */
    private static boolean sameCode(String stored, String typed) {
        return MessageDigest.isEqual(stored.getBytes(StandardCharsets.US_ASCII), typed.getBytes(StandardCharsets.US_ASCII));
    }

    /** The cases of a number key at every organisation, newest first. */
    public List<Found> byNumberKey(String key, int max) {
        return found(rows("c.number_key = ?1", key, max));
    }

    /** The cases of a complainant's IIN/BIN at every organisation, newest first. */
    public List<Found> byIinBin(String iinBin, int max) {
        return found(rows("c.iin_bin = ?1", iinBin, max));
    }

    private List<Found> found(List<StatusRow> rows) {
        return rows.stream().map(r -> new Found(r.organisationId(), statusOf(r))).toList();
    }

    @SuppressWarnings("unchecked")
    private List<StatusRow> rows(String condition, Object value, int max) {
        return ((List<Object[]>) em.createNativeQuery(StatusRow.SELECT + " WHERE " + condition
                        + " ORDER BY c.registered_at DESC, c.id DESC")
                .setParameter(1, value).setMaxResults(max).getResultList()).stream().map(StatusRow::of).toList();
    }

    private CaseStatus statusOf(StatusRow row) {
        WorkingCalendar calendar = workingDays.calendar();
        LocalDate today = clock.today();
        Optional<StatusRow> appeal = row.appealed() ? appealOf(row) : Optional.empty();
        StatusRow latest = appeal.orElse(row);
        return new CaseStatus(row.stageStatus(calendar, today),
                appeal.map(a -> a.stageStatus(calendar, today)).orElse(null),
                Optional.ofNullable(latest.court()).orElse(row.court()),
                latest.readyToCollect() ? latest.answerPlace() : null);
    }

    /**
     * The appeal that carries a case on: for a provider's case the appeal registered at the
     * authorized body (else the one handed in at the provider, waiting to be forwarded); for an
     * appeal handed in at the provider, what it was registered as at the authorized body.
     */
    private Optional<StatusRow> appealOf(StatusRow row) {
        List<StatusRow> appeals = rows("(c.appeal_of = ?1 OR c.forwarded_from = ?1)", row.id(), 50);
        return appeals.stream().filter(a -> a.stage() == Stage.APPEAL).findFirst()
                .or(() -> appeals.stream().findFirst());
    }
}
