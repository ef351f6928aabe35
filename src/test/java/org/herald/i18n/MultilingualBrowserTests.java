package org.herald.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.herald.support.OneBrowserPerClass;
import org.herald.support.BrowserTest;
import org.herald.support.HeraldOnH2;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The site in Arabic, Russian and Chinese in a real Chromium: screenshots, a mirrored layout for
 * right-to-left, and axe-core on the Arabic and Chinese pages.
 */
@BrowserTest
@HeraldOnH2
class MultilingualBrowserTests extends OneBrowserPerClass {

    private static final String RELEASE_EN = "/news/iom-to-sign-mou-with-commonwealth-of-independent-states";
    @Test
    void screenshotsOfTheHomePageAndThePressReleaseInArabicAndRussian() {
        WebDriver driver = browser.driver();
        for (String language : List.of("ar", "ru")) {
            driver.get(url("/" + language + "/"));
            assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo(language);
            browser.fullPageScreenshot("home-" + language);
            driver.get(url("/" + language + RELEASE_EN));
            assertThat(driver.findElement(By.cssSelector("main h1")).getText()).isNotBlank();
            browser.fullPageScreenshot("press-release-" + language);
        }
        driver.get(url("/ru" + RELEASE_EN));
        assertThat(driver.getCurrentUrl()).as("the Russian translation").contains("/ru/news/mom-podpiset");
        assertThat(driver.findElement(By.cssSelector("main h1")).getText())
                .isEqualTo("МОМ подпишет меморандум о взаимопонимании с Содружеством Независимых Государств");
    }

    @Test
    void theArabicLayoutIsMirrored() {
        WebDriver driver = browser.driver();
        driver.get(url("/ar/"));
        assertThat(driver.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("rtl");
        WebElement menu = driver.findElement(By.cssSelector("nav.main-nav ul"));
        WebElement first = menu.findElements(By.cssSelector("li")).get(0);
        // The first item of the menu sits at the right edge in Arabic, at the left edge in English.
        assertThat(rightGap(menu, first)).isLessThan(40);
        assertThat(leftGap(menu, first)).isGreaterThan(200);
        WebElement brand = driver.findElement(By.cssSelector(".brand"));
        assertThat(brand.getRect().getX()).as("the site name on the right").isGreaterThan(600);

        driver.get(url("/en/"));
        menu = driver.findElement(By.cssSelector("nav.main-nav ul"));
        first = menu.findElements(By.cssSelector("li")).get(0);
        assertThat(leftGap(menu, first)).isLessThan(40);
        assertThat(rightGap(menu, first)).isGreaterThan(200);
    }

    @Test
    void phoneNumbersAndLatinNamesKeepTheirOrderInArabicText() {
        WebDriver driver = browser.driver();
        driver.get(url("/ar/press-room"));
        WebElement phone = driver.findElement(By.cssSelector(".contact a[href^='tel:']"));
        assertThat(phone.getAttribute("dir")).isEqualTo("ltr");
        assertThat(phone.getText()).startsWith("+375");
        Object direction = ((JavascriptExecutor) driver).executeScript(
                "return getComputedStyle(arguments[0]).direction;", phone);
        assertThat(direction).isEqualTo("ltr");
        WebElement email = driver.findElement(By.cssSelector(".contact a[href^='mailto:']"));
        assertThat(((JavascriptExecutor) driver).executeScript("return getComputedStyle(arguments[0]).direction;", email))
                .isEqualTo("ltr");
    }

    @Test
    void arabicAndChinesePagesPassAxe() {
        for (String language : List.of("ar", "zh")) {
            for (String page : List.of("/", RELEASE_EN, "/news", "/press-room", "/countries", "/countries/by",
                    "/who-we-are", "/2030-agenda", "/2030-agenda/goal-10", "/what-we-do", "/what-we-do/migration-management",
                    "/where-we-work", "/regions/eastern-europe-central-asia", "/no-such-page")) {
                browser.driver().get(url("/" + language + page));
                assertThat(browser.axeViolations()).as("axe on /" + language + page).isEmpty();
            }
        }
    }

    private static int rightGap(WebElement container, WebElement item) {
        return container.getRect().getX() + container.getRect().getWidth() - item.getRect().getX()
                - item.getRect().getWidth();
    }

    private static int leftGap(WebElement container, WebElement item) {
        return item.getRect().getX() - container.getRect().getX();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
