package kz.shagym.registry.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

/**
 * The last sequence number a provider used in a year for a prefix. Registration reads it
 * under a write lock and increments it in its own transaction: concurrent registrations
 * wait for each other, and a registration that rolls back takes its increment with it.
 */
@Entity
@Table(name = "incoming_counter")
@IdClass(IncomingCounter.Key.class)
public class IncomingCounter {

    @Id
    @Column(name = "organisation_id")
    private long organisationId;

    @Id
    @Column(name = "counter_year")
    private int year;

    @Id
    @Column(name = "prefix", length = 10)
    private String prefix;

    @Column(name = "last_value", nullable = false)
    private long lastValue;

    protected IncomingCounter() {
    }

    public IncomingCounter(Key key) {
        this.organisationId = key.organisationId;
        this.year = key.year;
        this.prefix = key.prefix;
    }

    /** The next number in the sequence, taken. */
    public long next() {
        return ++lastValue;
    }

    public long getLastValue() {
        return lastValue;
    }

    /** Provider, year and prefix. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private long organisationId;
        private int year;
        private String prefix;

        public Key() {
        }

        public Key(long organisationId, int year, String prefix) {
            this.organisationId = organisationId;
            this.year = year;
            this.prefix = prefix;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.organisationId == organisationId && k.year == year
                    && k.prefix.equals(prefix);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(organisationId, year, prefix);
        }

        @Override
        public String toString() {
            return organisationId + "/" + year + "/" + prefix;
        }
    }
}
