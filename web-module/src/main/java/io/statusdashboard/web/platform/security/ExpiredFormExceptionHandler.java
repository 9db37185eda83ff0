package io.statusdashboard.web.platform.security;

import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Iterator;
import org.omnifaces.util.Messages;

/**
 * A Faces form sent after its view expired (the session timed out, the sign-in form was sent
 * without its cookie, the server restarted) comes back as the same form, filled with what was
 * typed ({@link ExpiredFormEntries}; never a password: those fields do not show values), with a
 * message asking to send it again. Nothing of the form is processed: its view state is what
 * proves that it came from this dashboard, so restoring the view and running the action (as
 * OmniFaces' restorable views do) would accept another site's forms. Nor is a form that another
 * site sent shown back as the operator's own entries: that one ends on the error page.
 */
final class ExpiredFormExceptionHandler extends ExceptionHandlerWrapper {

    static final String MESSAGE = "Your session expired, so this form was not sent. Your entries are below:"
            + " check them and send the form again.";

    ExpiredFormExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        while (events.hasNext()) {
            ViewExpiredException expired = find(events.next().getContext().getException());
            if (expired != null && showAgain(FacesContext.getCurrentInstance(), expired.getViewId())) {
                events.remove();
            }
        }
        getWrapped().handle();
    }

    private static ViewExpiredException find(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ViewExpiredException expired) {
                return expired;
            }
        }
        return null;
    }

    /** Renders a fresh view of the form instead, which {@link ExpiredFormEntries} fills in. */
    private static boolean showAgain(FacesContext context, String viewId) {
        HttpServletRequest request = (HttpServletRequest) context.getExternalContext().getRequest();
        if (viewId == null || context.getPartialViewContext().isAjaxRequest()
                || request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) != null || CsrfToken.crossSite(request)) {
            return false;
        }
        UIViewRoot view = context.getApplication().getViewHandler().createView(context, viewId);
        if (view == null) {
            return false;
        }
        context.setViewRoot(view);
        ExpiredFormEntries.fillIn(context);
        Messages.addGlobalWarn(MESSAGE);
        context.renderResponse();
        return true;
    }
}
