package io.statusdashboard.web.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.omnifaces.util.Faces;

/** The header's "Log in" link, which brings the operator back to the page it was clicked on. */
@Named
@ApplicationScoped
public class LoginLinks {

    public String getHere() {
        String path = Faces.getRequestURI().substring(Faces.getRequestContextPath().length());
        String query = Faces.getRequestQueryString();
        String here = query == null ? path : path + "?" + query;
        return Faces.getRequestContextPath() + "/login?returnTo=" + URLEncoder.encode(here, StandardCharsets.UTF_8);
    }
}
