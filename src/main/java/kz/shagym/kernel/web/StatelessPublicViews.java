package kz.shagym.kernel.web;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;

/**
 * Every page outside the staff and administration areas keeps no view state, so reading a
 * case's status, the procedure or the phones, or showing the sign-in form, opens no session.
 * The view is marked when it is created, before anything would keep state in it: PrimeFaces'
 * Content-Security-Policy keeps its nonce in the view of a page that has state, and that
 * alone would open a session.
 */
public class StatelessPublicViews extends ViewHandlerWrapper {

    public StatelessPublicViews(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public UIViewRoot createView(FacesContext context, String viewId) {
        UIViewRoot root = super.createView(context, viewId);
        if (root != null && viewId != null && !SecurityHeaders.signedInArea(viewId)) {
            root.setTransient(true);
        }
        return root;
    }
}
