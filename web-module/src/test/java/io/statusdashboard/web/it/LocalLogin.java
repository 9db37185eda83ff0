package io.statusdashboard.web.it;

import java.net.URI;
import java.net.URL;
import java.time.Duration;
import org.htmlunit.html.HtmlElement;
import org.htmlunit.html.HtmlInput;
import org.htmlunit.html.HtmlPage;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Fills and submits the local operator's sign-in form, in HtmlUnit or in a real browser. */
final class LocalLogin {

    private LocalLogin() {}

    static HtmlPage submit(HtmlPage login, String user, String password) throws Exception {
        ((HtmlInput) login.getElementById("login:userName")).type(user);
        ((HtmlInput) login.getElementById("login:password")).type(password);
        return ((HtmlElement) login.getElementById("login:submit")).click();
    }

    /**
     * Signs in through {@code /login} in a WebDriver browser and waits until it has left the
     * sign-in page: a click returns before the navigation it starts has ended (Chromium 156 does
     * not wait), so the next command would otherwise race the sign-in.
     */
    static void signIn(WebDriver browser, URL base, String user, String password) {
        browser.get(URI.create(base.toString()).resolve("/login").toString());
        browser.findElement(By.id("login:userName")).sendKeys(user);
        browser.findElement(By.id("login:password")).sendKeys(password);
        browser.findElement(By.id("login:submit")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }
}
