package kz.shagym.kernel.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import kz.shagym.kernel.model.Organisation;
import kz.shagym.kernel.model.OrganisationKind;
import kz.shagym.kernel.service.OrganisationService;

/**
 * The administrator's organisations: names in three languages, the office address (the place
 * of the answer on every letter), the reference phones published on the public page (¶8),
 * active or not. One form adds a new one or changes the one picked from the list.
 */
@Named
@ViewScoped
@RetriedOnConflict
public class OrganisationsAdminView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "organisation";

    @EJB
    private transient OrganisationService organisations;

    @Inject
    private ScreenMessages messages;

    private List<Organisation> all;
    private Long id;
    private OrganisationKind kind;
    private String code;
    private final ThreeLanguages name = new ThreeLanguages();
    private final ThreeLanguages address = new ThreeLanguages();
    private String phones;
    private boolean active = true;

    public List<Organisation> getAll() {
        if (all == null) {
            all = organisations.all();
        }
        return all;
    }

    public OrganisationKind[] getKinds() {
        return OrganisationKind.values();
    }

    public void edit(Organisation o) {
        id = o.getId();
        kind = o.getKind();
        code = o.getCode();
        name.fill(o.getName());
        if (o.getOfficeAddress() != null) {
            address.fill(o.getOfficeAddress());
        } else {
            address.clear();
        }
        phones = o.getReferencePhones();
        active = o.isActive();
    }

    public void save() {
        if (messages.attempt(FORM, () -> organisations.save(id, kind, code, name.toText(),
                address.toText(), phones, active),
                "organisations.saved")) {
            all = null;
            clear();
        }
    }

    public void clear() {
        id = null;
        kind = null;
        code = null;
        name.clear();
        address.clear();
        phones = null;
        active = true;
    }

    /** Whether the form changes an organisation already kept (its code and kind are then fixed). */
    public boolean isEditing() {
        return id != null;
    }

    public OrganisationKind getKind() {
        return kind;
    }

    public void setKind(OrganisationKind kind) {
        this.kind = kind;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public ThreeLanguages getName() {
        return name;
    }

    public ThreeLanguages getAddress() {
        return address;
    }

    public String getPhones() {
        return phones;
    }

    public void setPhones(String phones) {
        this.phones = phones;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
