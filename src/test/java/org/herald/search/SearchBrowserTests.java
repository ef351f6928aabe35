package org.herald.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.herald.support.Browser;
import org.herald.support.OneBrowserPerClass;
import org.herald.support.BrowserTest;
import org.herald.support.HeraldOnH2;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The search page in a real headless Chromium: a reader searches from the header's box, narrows
 * by a facet and reads the result, with and without JavaScript; axe finds nothing to fix, in
 * English and in Arabic (right to left).
 */
@BrowserTest
@HeraldOnH2
class SearchBrowserTests extends OneBrowserPerClass {

    @Test
    void aReaderSearchesFromTheHeaderNarrowsByAFacetAndFindsThePressRelease() {
        WebDriver driver = browser.driver();
        awaitIndexed(driver);
        driver.get(url("/en/"));
        WebElement box = driver.findElement(By.cssSelector("header form[role=search] input[name=q]"));
        box.sendKeys("Commonwealth");
        driver.findElement(By.cssSelector("header form[role=search] button")).click();
        await(driver, "q=Commonwealth");
        assertThat(driver.findElement(By.cssSelector("main h1")).getText()).isEqualTo("Search");
        assertThat(browser.axeViolations()).as("axe on the results").isEmpty();

        driver.findElement(By.cssSelector(".facet a[href*='language=en']")).click();
        await(driver, "language=en");
        List<WebElement> results = driver.findElements(By.cssSelector("ol.results h3 a"));
        assertThat(results).extracting(WebElement::getText)
                .contains("IOM to Sign MoU with Commonwealth of Independent States");
        assertThat(driver.findElement(By.cssSelector(".snippet mark")).getText()).isEqualToIgnoringCase("Commonwealth");
        assertThat(browser.axeViolations()).as("axe with a facet chosen").isEmpty();

        driver.get(url("/en/search?q=comonwelth"));
        driver.findElement(By.cssSelector(".did-you-mean a")).click();
        await(driver, "q=commonwealth");
        assertThat(driver.findElements(By.cssSelector("ol.results li"))).isNotEmpty();

        driver.get(url("/ar/search?q=" + "\u0628\u064a\u0644\u0627\u0631\u0648\u0633"));
        assertThat(browser.axeViolations()).as("axe in Arabic").isEmpty();
        browser.fullPageScreenshot("search-ar");
    }

    @Test
    void theSearchBoxSuggestsTitlesAsOneTypes() {
        WebDriver driver = browser.driver();
        awaitIndexed(driver);
        driver.get(url("/en/search"));
        WebElement box = driver.findElement(By.id("search-q"));
        box.sendKeys("commonw");
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> !d.findElements(
                By.cssSelector("datalist option")).isEmpty());
        assertThat(driver.findElements(By.cssSelector("#" + box.getAttribute("list") + " option")))
                .extracting(option -> option.getAttribute("value"))
                .contains("IOM to Sign MoU with Commonwealth of Independent States");
    }

    @Test
    void searchWorksWithoutJavaScript() {
        try (Browser plain = Browser.startWithoutJavaScript()) {
            WebDriver driver = plain.driver();
            awaitIndexed(driver);
            driver.get(url("/fr/search?q=Commonwealth"));
            assertThat(driver.findElements(By.cssSelector("ol.results li"))).isNotEmpty();
            String facet = driver.findElement(By.cssSelector(".facet a")).getAttribute("href");
            driver.findElement(By.cssSelector(".facet a")).click();
            await(driver, facet.substring(facet.indexOf('?')));
            assertThat(driver.findElement(By.cssSelector("main h1")).getText()).isEqualTo("Recherche");
        }
    }

    /** Waits for the page a click leads to: on a busy machine the next look can come before it. */
    private static void await(WebDriver driver, String inUrl) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> d.getCurrentUrl().contains(inUrl)
                && !d.findElements(By.cssSelector("main h1")).isEmpty());
    }

    private void awaitIndexed(WebDriver driver) {
        new WebDriverWait(driver, Duration.ofSeconds(60)).pollingEvery(Duration.ofMillis(250)).until(d -> {
            d.get(url("/en/search?q=Commonwealth"));
            return !d.findElements(By.cssSelector("ol.results li")).isEmpty();
        });
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
