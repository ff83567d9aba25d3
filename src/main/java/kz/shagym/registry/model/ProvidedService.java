package kz.shagym.registry.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/**
 * A state service that a provider provides: what the reference directory (¶8) is searched
 * by, so a citizen who knows the service but not who provides it finds the phones.
 */
@Entity
@Table(name = "provided_service")
@IdClass(ProvidedService.Key.class)
@NamedQuery(name = "ProvidedService.all", query = "select p from ProvidedService p")
public class ProvidedService {

    @Id
    @Column(name = "organisation_id")
    private long organisationId;

    @Id
    @Column(name = "service_code", length = 20)
    private String serviceCode;

    protected ProvidedService() {
    }

    public ProvidedService(long organisationId, String serviceCode) {
        this.organisationId = organisationId;
        this.serviceCode = serviceCode;
    }

    public long getOrganisationId() {
        return organisationId;
    }

    public String getServiceCode() {
        return serviceCode;
    }

    /** The composite key, as JPA wants it: a class with a constructor of no arguments. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private long organisationId;
        private String serviceCode;

        public Key() {
        }

        public Key(long organisationId, String serviceCode) {
            this.organisationId = organisationId;
            this.serviceCode = serviceCode;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.organisationId == organisationId && Objects.equals(k.serviceCode, serviceCode);
        }

        @Override
        public int hashCode() {
            return Objects.hash(organisationId, serviceCode);
        }
    }
}
