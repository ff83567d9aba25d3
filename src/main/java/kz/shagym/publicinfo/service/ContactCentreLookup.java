package kz.shagym.publicinfo.service;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import kz.shagym.kernel.model.AuditRecord;
import kz.shagym.kernel.model.InvalidInput;
import kz.shagym.kernel.model.Organisation;
import kz.shagym.kernel.model.Role;
import kz.shagym.kernel.service.AuditTrail;
import kz.shagym.publicinfo.model.LookedUpCase;
import kz.shagym.registry.model.CaseNumberKey;

/**
 * The contact centre's look-up (¶7, ¶9): an operator answering a caller finds the case by its
 * incoming number at any provider, or by the IIN/BIN the caller gives, and sees its status,
 * never what the complaint or the answer says. The authorized body's quality officers may
 * look up too. Every look-up is audited with what was asked and which cases were shown.
 */
@Stateless
@RolesAllowed({Role.Names.CONTACT_CENTRE, Role.Names.QUALITY_OFFICER})
public class ContactCentreLookup {

    public static final String ACTION = "CASE_LOOKUP";
    /** How the audit record names what was asked: "number ЖТ-2026-000001", "IIN/BIN 900101300017". */
    public static final String BY_NUMBER = "number";
    public static final String BY_IIN = "IIN/BIN";
    /** More than a caller can be read out on the phone; the newest come first. */
    static final int MAX_CASES = 50;
    static final int RECENT = 15;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CaseStatuses statuses;

    @EJB
    private AuditTrail audit;

    /** The cases of that incoming number, as typed, at every organisation. */
    public List<LookedUpCase> byNumber(String typed) {
        String key = CaseNumberKey.of(typed);
        if (key.isEmpty()) {
            throw new InvalidInput("number", "lookup.error.number");
        }
        return shown(BY_NUMBER + " " + typed.strip(), statuses.byNumberKey(key, MAX_CASES));
    }

    /** The cases of the complainant of that IIN/BIN, at every organisation. */
    public List<LookedUpCase> byIin(String typed) {
        String iin = typed == null ? "" : typed.replaceAll("[\\s-]", "");
        if (!iin.matches("\\d{12}")) {
            throw new InvalidInput("iin", "lookup.error.iin");
        }
        return shown(BY_IIN + " " + iin, statuses.byIinBin(iin, MAX_CASES));
    }

    /** The caller's own latest look-ups. */
    public List<AuditRecord> recent() {
        return audit.mine(ACTION, RECENT);
    }

    private List<LookedUpCase> shown(String asked, List<CaseStatuses.Found> cases) {
        Map<Long, Organisation> organisations = new HashMap<>();
        List<LookedUpCase> found = cases.stream().map(c -> {
            Organisation o = organisations.computeIfAbsent(c.organisationId(), id -> em.find(Organisation.class, id));
            return new LookedUpCase(o.getCode(), o.getName(), c.status());
        }).toList();
        audit.record(ACTION, "Complaint", truncated(asked), found.isEmpty() ? "-"
                : found.stream().map(f -> f.status().own().number() + " " + f.providerCode())
                        .collect(Collectors.joining(", ")));
        return found;
    }

    private static String truncated(String asked) {
        return asked.length() <= 64 ? asked : asked.substring(0, 64);
    }
}
