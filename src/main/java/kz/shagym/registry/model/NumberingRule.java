package kz.shagym.registry.model;

import java.io.Serializable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A provider's own incoming-number pattern, set by an administrator. */
@Entity
@Table(name = "numbering_rule")
public class NumberingRule implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @Column(name = "organisation_id")
    private Long organisationId;

    @Column(name = "pattern", nullable = false, length = 60)
    private String pattern;

    @Version
    private int version;

    protected NumberingRule() {
    }

    public NumberingRule(long organisationId, IncomingNumberPattern pattern) {
        this.organisationId = organisationId;
        this.pattern = pattern.toString();
    }

    public IncomingNumberPattern pattern() {
        return IncomingNumberPattern.of(pattern);
    }

    public void change(IncomingNumberPattern pattern) {
        this.pattern = pattern.toString();
    }
}
