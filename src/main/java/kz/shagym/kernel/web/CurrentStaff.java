package kz.shagym.kernel.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;
import kz.shagym.kernel.model.OrganisationKind;
import kz.shagym.kernel.model.Role;
import kz.shagym.kernel.model.StaffMember;
import kz.shagym.kernel.model.StaffStanding;
import kz.shagym.kernel.service.StaffDirectory;

/** The signed-in member of staff, as the layout shows them. */
@Named
@RequestScoped
@RetriedOnConflict
public class CurrentStaff {

    @EJB
    private StaffDirectory directory;

    @Inject
    private LanguageSelection language;

    private Optional<StaffMember> member;

    private Optional<StaffMember> member() {
        if (member == null) {
            member = directory.caller();
        }
        return member;
    }

    public boolean isSignedIn() {
        return directory.callerLogin().isPresent();
    }

    /** Whether the signed-in login has an active staff record, and so may work (StaffRecordRequired). */
    public boolean isWorking() {
        return StaffStanding.of(member()) == StaffStanding.ACTIVE;
    }

    public String getLogin() {
        return directory.callerLogin().orElse("");
    }

    /** Full name when Shagym knows the login; the login itself otherwise. */
    public String getDisplayName() {
        return member().map(m -> m.getSurname() + " " + m.getGivenName()).orElse(getLogin());
    }

    public String getOrganisationName() {
        return member().map(m -> m.getOrganisation().getName().in(language.getLocale())).orElse("");
    }

    /** Whether the member works at the authorized body, which reviews appeals. */
    public boolean isAtAuthorizedBody() {
        return member().map(m -> m.getOrganisation().getKind() == OrganisationKind.AUTHORIZED_BODY).orElse(false);
    }

    /** Whether the member works at a service provider. */
    public boolean isAtProvider() {
        return member().map(m -> m.getOrganisation().getKind() == OrganisationKind.SERVICE_PROVIDER).orElse(false);
    }

    public List<Role> getRoles() {
        return List.copyOf(directory.callerRoles());
    }
}
