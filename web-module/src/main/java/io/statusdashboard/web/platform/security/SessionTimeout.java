package io.statusdashboard.web.platform.security;

import io.statusdashboard.web.DashboardSettings;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/**
 * Ends a session (an operator's sign-in) after {@code SDB_SESSION_TIMEOUT_MIN} minutes without a
 * request. Set here rather than in web.xml, which cannot read a setting; the servlet container
 * accepts it only from a listener it found itself (annotated or declared), before the application
 * has started.
 */
@WebListener
public class SessionTimeout implements ServletContextListener {

    @Inject
    private DashboardSettings settings;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        event.getServletContext().setSessionTimeout(settings.sessionTimeoutMinutes());
    }
}
