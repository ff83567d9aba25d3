package kz.shagym.registry.service;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import kz.shagym.registry.model.IncomingCounter;

/**
 * Creates a year's counter row, in a transaction of its own, so that it exists (at zero)
 * before any registration locks it. Two first registrations of a year may both try: the
 * second insert fails on the primary key and is quietly rolled back, the row is there.
 */
@Stateless
@PermitAll
public class CounterRows {

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void ensure(IncomingCounter.Key key) {
        if (em.find(IncomingCounter.class, key) != null) {
            return;
        }
        try {
            em.persist(new IncomingCounter(key));
            em.flush();
        } catch (PersistenceException createdMeanwhile) {
            context.setRollbackOnly();
        }
    }
}
