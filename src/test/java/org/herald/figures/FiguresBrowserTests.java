package org.herald.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.List;

import org.herald.support.BrowserTest;
import org.herald.support.HeraldOnH2;
import org.herald.support.OneBrowserPerClass;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * The figures' charts and map in a real headless Chromium, in English and in Arabic: screenshots
 * of each page, axe with no violation, and a phone's 320 px on which every chart fits the screen
 * and the page scrolls only downwards.
 */
@BrowserTest
@HeraldOnH2
class FiguresBrowserTests extends OneBrowserPerClass {

    @Test
    void theChartsAndTheMapAreShownInEnglishAndArabicPassAxeAndFitAPhone() throws Exception {
        WebDriver driver = browser.driver();
        driver.get(url("/en/data/datasets"));
        String indicator = driver.findElement(By.cssSelector(".indicator-list a[href^='/en/data/indicators/international-migrant-stock']"))
                .getAttribute("href").replaceFirst("^https?://[^/]+/en", "");
        for (String language : List.of("en", "ar")) {
            for (String page : List.of("/figures", indicator)) {
                driver.get(url("/" + language + page));
                assertThat(driver.findElements(By.cssSelector("main figure svg"))).as(language + page).isNotEmpty();
                String name = (page.equals("/figures") ? "figures-" : "indicator-") + language;
                assertThat(Files.size(browser.fullPageScreenshot(name))).isPositive();
                assertThat(browser.axeViolations()).as("axe on /" + language + page).isEmpty();
            }
        }
        try {
            driver.manage().window().setSize(new Dimension(320, 800));
            for (String page : List.of("/en/figures", "/en" + indicator, "/ar" + indicator)) {
                driver.get(url(page));
                JavascriptExecutor js = (JavascriptExecutor) driver;
                Number viewport = (Number) js.executeScript("return document.documentElement.clientWidth;");
                Number widest = (Number) js.executeScript("return Math.max(...Array.from("
                        + "document.querySelectorAll('main figure svg')).map(s => s.getBoundingClientRect().right));");
                assertThat(widest.doubleValue()).as("charts fit 320 px on " + page).isLessThanOrEqualTo(viewport.doubleValue());
                Number scroll = (Number) js.executeScript("return document.documentElement.scrollWidth;");
                Object wide = js.executeScript("return Array.from(document.querySelectorAll('body *')).filter(e =>"
                        + " e.getBoundingClientRect().right > document.documentElement.clientWidth + 1).slice(0, 5)"
                        + ".map(e => e.tagName + '.' + e.className).join(' ');");
                assertThat(scroll.intValue()).as("no sideways scrolling on " + page + ": " + wide)
                        .isLessThanOrEqualTo(viewport.intValue());
            }
            browser.fullPageScreenshot("indicator-ar-phone");
        } finally {
            driver.manage().window().setSize(new Dimension(1280, 900));
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
