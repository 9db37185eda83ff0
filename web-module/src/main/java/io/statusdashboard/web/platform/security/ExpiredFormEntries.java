package io.statusdashboard.web.platform.security;

import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;

/**
 * Puts what was typed into the fields of a form that {@link ExpiredFormExceptionHandler} shows
 * again. It runs just before the form is rendered (faces-config.xml, on PreRenderViewEvent): the
 * view is only complete then, and values given to its fields any earlier are lost while it is
 * built. Decoding gives every field its submitted value and nothing else: no conversion, no
 * validation, no model update, no action.
 */
public class ExpiredFormEntries implements SystemEventListener {

    private static final String PENDING = ExpiredFormEntries.class.getName();

    static void fillIn(FacesContext context) {
        context.getAttributes().put(PENDING, Boolean.TRUE);
    }

    @Override
    public boolean isListenerForSource(Object source) {
        return source instanceof UIViewRoot;
    }

    @Override
    public void processEvent(SystemEvent event) {
        FacesContext context = event.getFacesContext();
        if (context.getAttributes().remove(PENDING) != null) {
            ((UIViewRoot) event.getSource()).processDecodes(context);
        }
    }
}
