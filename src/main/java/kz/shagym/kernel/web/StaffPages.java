package kz.shagym.kernel.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

/** What the menu asks: whether the signed-in caller works on a page (StaffPage says who does). */
@Named
@RequestScoped
public class StaffPages {

    public boolean opens(String page) {
        var external = FacesContext.getCurrentInstance().getExternalContext();
        return StaffPage.valueOf(page).opensFor(role -> external.isUserInRole(role.name()));
    }
}
