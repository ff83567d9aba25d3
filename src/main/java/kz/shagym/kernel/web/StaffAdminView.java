package kz.shagym.kernel.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import kz.shagym.kernel.model.Organisation;
import kz.shagym.kernel.model.Role;
import kz.shagym.kernel.model.StaffMember;
import kz.shagym.kernel.model.StaffRecord;
import kz.shagym.kernel.service.OrganisationService;
import kz.shagym.kernel.service.RegistryRoles;
import kz.shagym.kernel.service.StaffAdministration;

/**
 * The administrator's staff records: who works for which organisation, under the name printed
 * on their documents, with the roles the registry gives them beside. One form attaches a new
 * login or changes the record picked from the list.
 */
@Named
@ViewScoped
@RetriedOnConflict
public class StaffAdminView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "staff";

    @EJB
    private transient StaffAdministration administration;

    @EJB
    private transient OrganisationService organisations;

    @EJB
    private transient RegistryRoles registry;

    @Inject
    private ScreenMessages messages;

    private List<StaffMember> all;
    private List<Organisation> organisationChoices;
    /** The registry's answer per login, asked once per view: a directory search each. */
    private final Map<String, String> roles = new HashMap<>();
    private boolean editing;
    private String login;
    private String organisation;
    private String surname;
    private String givenName;
    private String patronymic;
    private String email;
    private boolean active = true;

    public List<StaffMember> getAll() {
        if (all == null) {
            all = administration.all();
        }
        return all;
    }

    public List<Organisation> getOrganisations() {
        if (organisationChoices == null) {
            organisationChoices = organisations.all();
        }
        return organisationChoices;
    }

    /** The roles the registry gives {@code login}, in the reader's language, or why it gives none. */
    public String rolesOf(String login) {
        return roles.computeIfAbsent(login, l -> describe(registry.of(l)));
    }

    /** The roles of the login typed in the form, before it is attached. */
    public String getTypedLoginRoles() {
        return login == null || login.isBlank() ? "" : rolesOf(login.strip());
    }

    private String describe(Optional<Set<Role>> found) {
        if (found.isEmpty()) {
            return messages.bundle().get("staff.roles.unknown");
        }
        if (found.get().isEmpty()) {
            return messages.bundle().get("staff.roles.none");
        }
        return found.get().stream().map(r -> messages.bundle().get("role." + r.name())).sorted()
                .collect(Collectors.joining(", "));
    }

    public void edit(StaffMember m) {
        editing = true;
        login = m.getLogin();
        organisation = m.getOrganisation().getCode();
        surname = m.getSurname();
        givenName = m.getGivenName();
        patronymic = m.getPatronymic();
        email = m.getEmail();
        active = m.isActive();
    }

    public void save() {
        StaffRecord typed = new StaffRecord(login, organisation, surname, givenName, patronymic, email, active);
        if (messages.attempt(FORM, () -> administration.save(typed, !editing), "staff.saved")) {
            all = null;
            roles.clear();
            clear();
        }
    }

    public void clear() {
        editing = false;
        login = null;
        organisation = null;
        surname = null;
        givenName = null;
        patronymic = null;
        email = null;
        active = true;
    }

    /** Whether the form changes a record already kept (its login is then fixed). */
    public boolean isEditing() {
        return editing;
    }

    public String getLogin() {
        return login;
    }

    public void setLogin(String login) {
        this.login = login;
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }

    public String getSurname() {
        return surname;
    }

    public void setSurname(String surname) {
        this.surname = surname;
    }

    public String getGivenName() {
        return givenName;
    }

    public void setGivenName(String givenName) {
        this.givenName = givenName;
    }

    public String getPatronymic() {
        return patronymic;
    }

    public void setPatronymic(String patronymic) {
        this.patronymic = patronymic;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
