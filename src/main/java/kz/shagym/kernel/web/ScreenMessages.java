package kz.shagym.kernel.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import kz.shagym.kernel.model.Refused;
import kz.shagym.kernel.service.Messages;

/** Messages for the screens, from the bundle in the user's language: for the whole page or for one field. */
@RequestScoped
public class ScreenMessages {

    @Inject
    private LanguageSelection language;

    public Messages bundle() {
        return Messages.in(language.getLocale());
    }

    public void info(String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_INFO, key, arguments);
    }

    public void error(String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_ERROR, key, arguments);
    }

    public void warn(String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_WARN, key, arguments);
    }

    /**
     * What the save would say of a field, said at it while the clerk is still typing (when the
     * field is left): the field itself is not marked invalid, so it keeps what was typed and
     * nothing else on the form changes; the save marks it.
     */
    public void aheadOfSave(String clientId, String key, Object... arguments) {
        add(clientId, FacesMessage.SEVERITY_ERROR, key, arguments);
    }

    /**
     * An error shown at the field of that client id. The field is marked invalid too, so that
     * it is drawn in error, says {@code aria-invalid="true"} to a screen reader, and takes the
     * focus after the failed save. A text field keeps what was typed in it.
     */
    public void fieldError(String clientId, String key, Object... arguments) {
        add(clientId, FacesMessage.SEVERITY_ERROR, key, arguments);
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.validationFailed();
        faces.getViewRoot().invokeOnComponent(faces, clientId, (context, component) -> {
            if (component instanceof UIInput input) {
                input.setValid(false);
                // Left empty, the field would be drawn from its submitted text, which is
                // gone (or "") once the model took the value.
                Object submitted = input.getSubmittedValue();
                if ((submitted == null || "".equals(submitted)) && input.getValue() instanceof String typed) {
                    input.setSubmittedValue(typed);
                }
            }
        });
    }

    /**
     * Takes a step a form asks for: a refusal is shown at its field in {@code form} (or above
     * the page, when it names none) and the page stays; otherwise {@code doneKey} is shown on
     * {@code next}, where the browser is redirected.
     */
    public String take(String form, Runnable step, String doneKey, String next) {
        if (!attempt(form, step, doneKey)) {
            return null;
        }
        keepForRedirect();
        return next;
    }

    /** Takes a step on the page as it stands (no redirect): whether it was taken; a refusal shown as for {@link #take}. */
    public boolean attempt(String form, Runnable step, String doneKey) {
        try {
            step.run();
        } catch (Refused refused) {
            refused(form, refused);
            return false;
        }
        info(doneKey);
        return true;
    }

    /** A refusal shown at its field in {@code form}, or above the page when it names none. */
    public void refused(String form, Refused refused) {
        if (refused.getField() != null) {
            fieldError(form + ":" + refused.getField(), refused.getMessageKey(), refused.getArguments());
        } else {
            error(refused.getMessageKey(), refused.getArguments());
        }
    }

    /** Keeps this request's messages for the page a redirect leads to. */
    public void keepForRedirect() {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    }

    private void add(String clientId, FacesMessage.Severity severity, String key, Object... arguments) {
        String text = bundle().get(key, arguments);
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, null));
    }
}
