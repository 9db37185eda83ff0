package io.statusdashboard.web.it;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlPage;

/** HtmlUnit with JavaScript off: every public page must work without it. */
public final class Browser implements AutoCloseable {

    private final WebClient client = new WebClient();

    public Browser() {
        client.getOptions().setJavaScriptEnabled(false);
        client.getOptions().setCssEnabled(false);
        client.getOptions().setThrowExceptionOnFailingStatusCode(false);
        client.getOptions().setRedirectEnabled(true);
    }

    public WebClient client() {
        return client;
    }

    /** The session cookie this browser holds for the dashboard, or null. */
    public String sessionId(URL base) {
        var cookie = client.getCookieManager().getCookie("JSESSIONID");
        return cookie == null ? null : cookie.getValue();
    }

    public HtmlPage open(URL base, String path) throws IOException {
        return client.getPage(URI.create(base.toString()).resolve(path).toURL());
    }

    @Override
    public void close() {
        client.close();
    }
}
