package kz.shagym.kernel.model;

import java.io.Serializable;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A service provider, the authorized body, the contact centre or the IT department.
 * A provider has its own office (where answers are collected), head, numbering and
 * reference phones (¶8).
 */
@Entity
@Table(name = "organisation")
@NamedQuery(name = "Organisation.byCode", query = "select o from Organisation o where o.code = :code")
@NamedQuery(name = "Organisation.all", query = "select o from Organisation o order by o.kind, o.code")
public class Organisation implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private OrganisationKind kind;

    /** A short stable code, used in URLs, exports and incoming-number prefixes. */
    @NotBlank
    @Size(max = 32)
    @Pattern(regexp = "[A-Z0-9_-]+")
    @Column(nullable = false, unique = true, length = 32)
    private String code;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "kk", column = @Column(name = "name_kk", nullable = false)),
            @AttributeOverride(name = "ru", column = @Column(name = "name_ru")),
            @AttributeOverride(name = "en", column = @Column(name = "name_en"))})
    private LocalizedText name;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "kk", column = @Column(name = "office_address_kk")),
            @AttributeOverride(name = "ru", column = @Column(name = "office_address_ru")),
            @AttributeOverride(name = "en", column = @Column(name = "office_address_en"))})
    private LocalizedText officeAddress;

    @Size(max = 200)
    @Column(name = "reference_phones", length = 200)
    private String referencePhones;

    /** Login of the head, to whom complaints are addressed (¶1). */
    @Size(max = 64)
    @Column(name = "head_login", length = 64)
    private String headLogin;

    /** A deactivated organisation keeps its cases and numbers and takes no new ones. */
    @Column(name = "active", nullable = false)
    private boolean active = true;

    @Version
    private int version;

    protected Organisation() {
    }

    public Organisation(OrganisationKind kind, String code, LocalizedText name) {
        this.kind = kind;
        this.code = code;
        this.name = name;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public Long getId() {
        return id;
    }

    public OrganisationKind getKind() {
        return kind;
    }

    public String getCode() {
        return code;
    }

    public LocalizedText getName() {
        return name;
    }

    public void rename(LocalizedText name) {
        this.name = name;
    }

    public LocalizedText getOfficeAddress() {
        return officeAddress;
    }

    public void setOfficeAddress(LocalizedText officeAddress) {
        this.officeAddress = officeAddress;
    }

    public String getReferencePhones() {
        return referencePhones;
    }

    public void setReferencePhones(String referencePhones) {
        this.referencePhones = referencePhones;
    }

    public String getHeadLogin() {
        return headLogin;
    }

    public void setHeadLogin(String headLogin) {
        this.headLogin = headLogin;
    }

    public int getVersion() {
        return version;
    }
}
