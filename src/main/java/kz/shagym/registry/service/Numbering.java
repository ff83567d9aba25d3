package kz.shagym.registry.service;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import kz.shagym.kernel.model.Role;
import kz.shagym.kernel.service.AuditTrail;
import kz.shagym.registry.model.IncomingCounter;
import kz.shagym.registry.model.IncomingNumber;
import kz.shagym.registry.model.IncomingNumberPattern;
import kz.shagym.registry.model.NumberingRule;
import kz.shagym.registry.model.RegistryRefused;

/**
 * Incoming numbers: unique and gap-free per provider, year and prefix. A number is drawn
 * inside the registration's transaction with the counter row locked until it commits;
 * sixteen registrars saving at once queue on that lock and get consecutive numbers, and a
 * registration that fails rolls its number back with everything else.
 */
@Stateless
public class Numbering {

    static final String ENTITY = "NumberingRule";

    @PersistenceContext
    private EntityManager em;

    @EJB
    private CounterRows counters;

    @EJB
    private AuditTrail audit;

    /** Draws the next number; hold this transaction's lock on the counter as briefly as possible after. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public IncomingNumber draw(long organisationId, int year, String prefix) {
        // The pattern is read before the lock, which then covers only the counter's own row.
        IncomingNumberPattern pattern = patternOf(organisationId);
        IncomingCounter.Key key = new IncomingCounter.Key(organisationId, year, prefix);
        IncomingCounter counter = em.find(IncomingCounter.class, key, LockModeType.PESSIMISTIC_WRITE);
        if (counter == null) {
            counters.ensure(key);
            counter = em.find(IncomingCounter.class, key, LockModeType.PESSIMISTIC_WRITE);
        }
        long sequence = counter.next();
        return new IncomingNumber(pattern.format(prefix, year, sequence), year, prefix, sequence);
    }

    @PermitAll
    public IncomingNumberPattern patternOf(long organisationId) {
        NumberingRule rule = em.find(NumberingRule.class, organisationId);
        return rule == null ? IncomingNumberPattern.of(IncomingNumberPattern.DEFAULT) : rule.pattern();
    }

    /** Sets a provider's pattern; numbers already given keep their form. */
    @RolesAllowed(Role.Names.ADMIN)
    public void changePattern(long organisationId, String pattern) {
        IncomingNumberPattern parsed;
        try {
            parsed = IncomingNumberPattern.of(pattern == null ? "" : pattern.strip());
        } catch (IllegalArgumentException bad) {
            throw new RegistryRefused("pattern", "numbering.error.pattern");
        }
        NumberingRule rule = em.find(NumberingRule.class, organisationId);
        if (rule == null) {
            em.persist(new NumberingRule(organisationId, parsed));
        } else {
            rule.change(parsed);
        }
        audit.record("NUMBERING_PATTERN_CHANGED", ENTITY, organisationId, parsed.toString());
    }
}
