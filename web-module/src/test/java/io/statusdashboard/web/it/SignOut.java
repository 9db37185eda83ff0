package io.statusdashboard.web.it;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.htmlunit.html.HtmlElement;
import org.htmlunit.html.HtmlPage;

/** Signs out as an operator does: the header's "Log out" button, a POST with the form's token. */
final class SignOut {

    private SignOut() {}

    static HtmlPage click(HtmlPage page) throws Exception {
        HtmlElement button = page.querySelector("header form.sign-out-form button", page);
        assertNotNull(button, "the header has a Log out button: " + page.getUrl());
        return button.click();
    }
}
