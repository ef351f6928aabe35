package org.herald.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import org.herald.support.BrowserTest;
import org.herald.support.HeraldOnH2;
import org.herald.support.Http;
import org.herald.support.OneBrowserPerClass;
import org.herald.support.TestAdmin;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;

/**
 * A person volunteers through the seed's form in English and in Arabic, in a real headless
 * Chromium with no help from scripts: finds the form from the Take action page, fills it (taking
 * the few seconds a person takes), sends it and reads the thanks; an administrator then finds both
 * submissions in the back office and exports them. axe checks every page on the way.
 */
@BrowserTest
@HeraldOnH2
class FormsBrowserTests extends OneBrowserPerClass {

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    @Test
    void aPersonVolunteersInEnglishAndInArabicAndTheBackOfficeFindsAndExportsBoth() throws Exception {
        WebDriver driver = browser.driver();
        driver.get(url("/en/take-action"));
        assertThat(browser.axeViolations()).as("axe on Take action").isEmpty();
        Map<String, String> names = Map.of("en", "Volunteer in English", "ar", "متطوعة بالعربية");
        for (String lang : new String[] {"en", "ar"}) {
            driver.get(url("/" + lang + "/forms/volunteer"));
            long shown = System.nanoTime();
            assertThat(driver.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("en".equals(lang) ? "ltr" : "rtl");
            assertThat(browser.axeViolations()).as("axe on the form in " + lang).isEmpty();
            driver.findElement(By.id("f-name")).sendKeys(names.get(lang));
            driver.findElement(By.id("f-email")).sendKeys(lang + "-volunteer@example.org");
            driver.findElement(By.id("f-phone")).sendKeys("+375 17 288 27 42");
            new Select(driver.findElement(By.id("f-country"))).selectByValue("BY");
            driver.findElement(By.cssSelector("input[name=help][value=translation]")).click();
            driver.findElement(By.id("f-consent")).click();
            long waited = Duration.ofNanos(System.nanoTime() - shown).toMillis();
            Thread.sleep(Math.max(0, 3_200 - waited));
            org.herald.support.Browser.clickThrough(driver, By.cssSelector("form.public-form button[type=submit]"));
            assertThat(driver.getCurrentUrl()).endsWith("/" + lang + "/forms/volunteer/thanks");
            assertThat(driver.findElement(By.cssSelector("main [role=status]")).getText()).isNotBlank();
            assertThat(browser.axeViolations()).as("axe on the thanks in " + lang).isEmpty();
        }

        driver.get(url("/login"));
        driver.findElement(By.id("username")).sendKeys(TestAdmin.USERNAME);
        driver.findElement(By.id("password")).sendKeys(TestAdmin.PASSWORD);
        // Waits for the signed-in page: a navigation begun at once could cut the sign-in short.
        org.herald.support.Browser.clickThrough(driver, By.cssSelector("form button[type=submit]"));
        driver.get(url("/admin/forms"));
        driver.findElement(By.linkText("Volunteer with us")).isDisplayed();
        driver.get(url("/admin/forms/volunteer/submissions"));
        String table = driver.findElement(By.cssSelector("table.submissions")).getText();
        assertThat(table).contains(names.get("en"), names.get("ar"), "+375172882742", "translation");
        assertThat(browser.axeViolations()).as("axe on the submissions").isEmpty();
        String export = driver.findElement(By.partialLinkText("CSV")).getAttribute("href");
        assertThat(export).endsWith("/admin/forms/volunteer/submissions.csv");

        Http admin = new Http(port);
        admin.login(TestAdmin.USERNAME, TestAdmin.PASSWORD);
        Http.Response csv = admin.get("/admin/forms/volunteer/submissions.csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.body()).contains("\"" + names.get("en") + "\"", "\"" + names.get("ar") + "\"", "\"ar\"");
    }
}
