package io.statusdashboard.web.it;

import org.htmlunit.html.HtmlElement;
import org.htmlunit.html.HtmlInput;
import org.htmlunit.html.HtmlPage;

/** Fills and submits the local operator's sign-in form, as a browser without JavaScript does. */
final class LocalLogin {

    private LocalLogin() {}

    static HtmlPage submit(HtmlPage login, String user, String password) throws Exception {
        ((HtmlInput) login.getElementById("login:userName")).type(user);
        ((HtmlInput) login.getElementById("login:password")).type(password);
        return ((HtmlElement) login.getElementById("login:submit")).click();
    }
}
