package kz.shagym.registry.model;

import java.io.Serializable;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import kz.shagym.kernel.model.LocalizedText;

/** A state service of the catalogue, which complaints name; edited by administrators, never deleted. */
@Entity
@Table(name = "state_service")
@NamedQuery(name = "StateService.all", query = "select s from StateService s order by s.code")
@NamedQuery(name = "StateService.active", query = "select s from StateService s where s.active = true order by s.code")
public class StateService implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @Column(name = "code", length = 20)
    private String code;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "kk", column = @Column(name = "name_kk", nullable = false, length = 400)),
            @AttributeOverride(name = "ru", column = @Column(name = "name_ru", length = 400)),
            @AttributeOverride(name = "en", column = @Column(name = "name_en", length = 400))})
    private LocalizedText name;

    /** An inactive service stays on old complaints but is no longer offered for new ones. */
    @Column(name = "active", nullable = false)
    private boolean active = true;

    @Version
    private int version;

    protected StateService() {
    }

    public StateService(String code, LocalizedText name) {
        this.code = code;
        this.name = name;
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

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public int getVersion() {
        return version;
    }
}
