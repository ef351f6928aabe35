package org.herald.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.List;

import org.herald.support.Browser;
import org.herald.support.OneBrowserPerClass;
import org.herald.support.BrowserTest;
import org.herald.support.HeraldOnH2;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** The public site in a real headless Chromium: the reader's path, accessibility, no JavaScript needed. */
@BrowserTest
@HeraldOnH2
class PublicSiteBrowserTests extends OneBrowserPerClass {

    @Test
    void aReaderGoesFromTheHomePageThroughTheMenuToThePressReleaseAndItsContact() throws Exception {
        WebDriver driver = browser.driver();
        driver.get(url("/"));
        assertThat(driver.getCurrentUrl()).endsWith("/en/");
        assertThat(Files.size(browser.fullPageScreenshot("home"))).isPositive();
        assertThat(browser.axeViolations()).as("axe on the home page").isEmpty();

        Browser.clickThrough(driver, By.xpath("//nav[contains(@class, 'main-nav')]//a[normalize-space() = 'Highlights']"));
        assertThat(driver.findElement(By.cssSelector("main h1")).getText()).isEqualTo("Highlights");
        driver.findElement(By.linkText("IOM to Sign MoU with Commonwealth of Independent States")).click();
        new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(10))
                .until(d -> d.getCurrentUrl().endsWith(PublicSiteContract.RELEASE));

        assertThat(driver.getCurrentUrl()).endsWith(PublicSiteContract.RELEASE);
        assertThat(driver.findElement(By.cssSelector("article .meta")).getText()).isEqualTo("Date unknown");
        WebElement contact = driver.findElement(By.cssSelector(".article-contacts .contact"));
        assertThat(contact.findElement(By.cssSelector("a[href^='tel:']")).getAttribute("href"))
                .isEqualTo("tel:+375172882742");
        assertThat(contact.findElement(By.cssSelector("a[href^='mailto:']")).getAttribute("href"))
                .isEqualTo("mailto:gdesyatova@iom.org.by");
        assertThat(Files.size(browser.fullPageScreenshot("press-release"))).isPositive();
        assertThat(browser.axeViolations()).as("axe on the press release").isEmpty();
    }

    @Test
    void everyKindOfPublicPagePassesAxe() {
        List<String> pages = List.of("/en/", "/en/who-we-are", "/en/our-work", "/en/where-we-work", "/en/highlights",
                "/en/news", "/en/news?kind=press-release&country=by", PublicSiteContract.RELEASE, "/en/press-room",
                "/en/countries", "/en/countries/by", "/en/countries/fr", "/en/2030-agenda", "/en/2030-agenda/goal-10",
                "/en/2030-agenda/goal-13", "/en/what-we-do", "/en/what-we-do/migration-management",
                "/en/what-we-do/labour-migration", "/en/no-such-page", "/en/news?page=-1",
                "/en/regions/eastern-europe-central-asia", "/en/countries?presence=country_office",
                "/en/countries?region=eastern-europe-central-asia&membership=observer", "/en/partners?type=charity",
                "/en/countries/kz", "/login");
        for (String page : pages) {
            browser.driver().get(url(page));
            assertThat(browser.axeViolations()).as("axe on " + page).isEmpty();
        }
        browser.driver().get(url("/en/no-such-page"));
        String notFound = browser.driver().findElement(By.cssSelector("main h1")).getText();
        List<String> modulePages = List.of("/en/alerts", "/ar/alerts", "/en/data/datasets",
                "/en/data/datasets/international-migrant-stock-demo", "/ar/data/datasets/international-migrant-stock-demo",
                "/en/vacancies", "/ar/vacancies", "/en/forms/volunteer", "/ar/forms/volunteer");
        for (String page : modulePages) {
            browser.driver().get(url(page));
            assertThat(browser.driver().findElement(By.cssSelector("main h1")).getText()).as(page).isNotEqualTo(notFound);
            assertThat(browser.axeViolations()).as("axe on " + page).isEmpty();
        }
    }

    /**
     * Every section of the menu, in English and in Arabic, passes axe, and none is a title alone:
     * its main holds more than the heading and the breadcrumb.
     */
    @Test
    void everySectionPageInEnglishAndArabicPassesAxeAndIsMoreThanATitle() {
        WebDriver driver = browser.driver();
        for (String language : List.of("en", "ar")) {
            driver.get(url("/" + language + "/"));
            List<String> sections = driver.findElements(By.cssSelector("nav.main-nav > ul > li > a")).stream()
                    .map(link -> link.getAttribute("href")).toList();
            assertThat(sections).hasSize(PublicSiteContract.SECTIONS.size());
            for (String section : sections) {
                driver.get(section);
                assertThat(browser.axeViolations()).as("axe on " + section).isEmpty();
                String title = driver.findElement(By.cssSelector("main h1")).getText();
                String crumb = driver.findElement(By.cssSelector("main nav.breadcrumbs")).getText();
                String main = driver.findElement(By.cssSelector("main")).getText();
                assertThat(main.replace(title, "").replace(crumb, "").strip().length()).as("content of " + section)
                        .isGreaterThan(80);
            }
        }
    }

    @Test
    void aReaderGoesThroughThe2030AgendaToAGoalAndTheReleaseOnIt() throws Exception {
        WebDriver driver = openSectionFromTheMenu("2030 Agenda", "2030-agenda");
        assertThat(driver.findElements(By.cssSelector(".goal-list li"))).hasSize(17);
        openItemListingTheRelease(driver, By.partialLinkText("Reduced inequalities"), "Reduced inequalities",
                "2030-agenda-goal-10");
        driver.get(url("/ar/2030-agenda"));
        assertThat(Files.size(browser.fullPageScreenshot("2030-agenda-ar"))).isPositive();
    }

    @Test
    void aReaderGoesThroughWhatWeDoToAThemeAndTheReleaseOnIt() throws Exception {
        WebDriver driver = openSectionFromTheMenu("What We Do", "what-we-do");
        assertThat(driver.findElements(By.cssSelector(".theme-list li"))).hasSizeGreaterThanOrEqualTo(6);
        openItemListingTheRelease(driver, By.linkText("Migration management"), "Migration management",
                "what-we-do-migration-management");
        assertThat(driver.findElements(By.linkText("Belarus"))).as("the countries of the theme").hasSize(1);
        driver.get(url("/ar/what-we-do"));
        assertThat(driver.findElement(By.cssSelector(".theme-list .theme-name")).getText()).isEqualTo("إدارة الهجرة");
        assertThat(browser.axeViolations()).as("axe on /ar/what-we-do").isEmpty();
        assertThat(Files.size(browser.fullPageScreenshot("what-we-do-ar"))).isPositive();
    }

    @Test
    void aReaderGoesThroughPartnershipsToTheCisAndItsMemorandumInEnglishAndArabic() throws Exception {
        WebDriver driver = openSectionFromTheMenu("Partnerships", "partnerships");
        assertThat(browser.axeViolations()).as("axe on /en/partnerships").isEmpty();
        Browser.clickThrough(driver, By.linkText("All partners and agreements"));
        assertThat(driver.findElement(By.cssSelector("main h1")).getText()).isEqualTo("Partners");
        assertThat(browser.axeViolations()).as("axe on /en/partners").isEmpty();
        new Select(driver.findElement(By.id("partner-type"))).selectByValue("intergovernmental");
        Browser.clickThrough(driver, By.cssSelector("form.filters button[type=submit]"));
        assertThat(driver.getCurrentUrl()).endsWith("/en/partners?type=intergovernmental");
        Browser.clickThrough(driver, By.linkText("Commonwealth of Independent States"));
        assertThat(driver.findElements(By.cssSelector("section[aria-labelledby=members-heading] li"))).hasSize(11);
        assertThat(browser.axeViolations()).as("axe on /en/partners/cis").isEmpty();
        assertThat(Files.size(browser.fullPageScreenshot("partner-cis"))).isPositive();
        Browser.clickThrough(driver, By.partialLinkText("Memorandum of understanding"));
        assertThat(driver.findElement(By.cssSelector(".parties")).getText()).contains("Brunson McKinley",
                "Sergei Lebedev");
        assertThat(browser.axeViolations()).as("axe on the agreement").isEmpty();
        Browser.clickThrough(driver, By.linkText("IOM to Sign MoU with Commonwealth of Independent States"));
        assertThat(driver.findElements(By.cssSelector(".announced-agreements a"))).hasSize(1);

        for (String page : List.of("/ar/partners", "/ar/partners/cis", "/ar/partnerships",
                "/ar/agreements/cis-memorandum-of-understanding")) {
            driver.get(url(page));
            assertThat(browser.axeViolations()).as("axe on " + page).isEmpty();
        }
        driver.get(url("/ar/partners/cis"));
        assertThat(driver.findElement(By.cssSelector("main h1")).getText()).isEqualTo("كومنولث الدول المستقلة");
        assertThat(Files.size(browser.fullPageScreenshot("partner-cis-ar"))).isPositive();
    }

    @Test
    void theFiguresChartIsAccessibleInEnglishAndArabic() throws Exception {
        WebDriver driver = browser.driver();
        for (String language : List.of("en", "ar")) {
            driver.get(url("/" + language + "/figures"));
            assertThat(driver.findElements(By.cssSelector("figure.bar-chart svg a")).size()).as(language)
                    .isGreaterThanOrEqualTo(4);
            assertThat(driver.findElements(By.cssSelector(".figures-table tbody tr")).size()).as(language)
                    .isGreaterThanOrEqualTo(4);
            assertThat(browser.axeViolations()).as("axe on /" + language + "/figures").isEmpty();
            assertThat(Files.size(browser.fullPageScreenshot("figures-chart-" + language))).isPositive();
        }
    }

    /** The English home page, then the section of the menu with this label, saved as a screenshot. */
    private WebDriver openSectionFromTheMenu(String label, String screenshot) throws Exception {
        WebDriver driver = browser.driver();
        driver.get(url("/en/"));
        Browser.clickThrough(driver, By.xpath("//nav[contains(@class, 'main-nav')]//a[normalize-space() = '" + label
                + "']"));
        assertThat(Files.size(browser.fullPageScreenshot(screenshot))).isPositive();
        return driver;
    }

    /** Follows the link to a page titled so, which lists the seed's release, saved as a screenshot. */
    private void openItemListingTheRelease(WebDriver driver, By link, String title, String screenshot)
            throws Exception {
        Browser.clickThrough(driver, link);
        assertThat(driver.findElement(By.cssSelector("main h1")).getText()).contains(title);
        assertThat(driver.findElements(By.linkText("IOM to Sign MoU with Commonwealth of Independent States")))
                .hasSize(1);
        assertThat(Files.size(browser.fullPageScreenshot(screenshot))).isPositive();
    }

    @Test
    void aReaderFindsTheMapOfPresenceItsTableAndARegionWithoutJavaScript() throws Exception {
        try (Browser noScript = Browser.startWithoutJavaScript()) {
            WebDriver driver = noScript.driver();
            driver.get(url("/en/"));
            Browser.clickThrough(driver,
                    By.xpath("//nav[contains(@class, 'main-nav')]//a[normalize-space() = 'Where we work']"));
            WebElement map = driver.findElement(By.cssSelector("svg.world-map"));
            assertThat(map.getSize().getWidth()).isGreaterThan(600);
            assertThat(driver.findElements(By.cssSelector(".map-legend li"))).hasSize(4);
            assertThat(Files.size(noScript.fullPageScreenshot("where-we-work-map"))).isPositive();
            driver.findElement(By.cssSelector(".map-table summary")).click();
            assertThat(driver.findElement(By.cssSelector(".map-table .presence-table")).getText())
                    .contains("Belarus", "Country office");
            Browser.clickThrough(driver, By.linkText("South-Eastern Europe, Eastern Europe and Central Asia"));
            assertThat(driver.findElement(By.cssSelector("main h1")).getText())
                    .isEqualTo("South-Eastern Europe, Eastern Europe and Central Asia");
            driver.get(url("/en/countries"));
            new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("filter-presence")))
                    .selectByValue("country_office");
            Browser.clickThrough(driver, By.cssSelector("form.filters button[type=submit]"));
            assertThat(driver.getCurrentUrl()).contains("presence=country_office");
            assertThat(driver.findElement(By.cssSelector(".presence-table")).getText()).contains("Belarus");
            driver.get(url("/ar/where-we-work"));
            assertThat(Files.size(noScript.fullPageScreenshot("where-we-work-map-ar"))).isPositive();
        }
        browser.driver().get(url("/ar/where-we-work"));
        assertThat(browser.axeViolations()).as("axe on /ar/where-we-work").isEmpty();
    }

    @Test
    void theNewsFiltersWorkWithJavaScriptSwitchedOff() {
        try (Browser noScript = Browser.startWithoutJavaScript()) {
            WebDriver driver = noScript.driver();
            driver.get(url("/en/news"));
            new Select(driver.findElement(By.id("filter-country"))).selectByVisibleText("Belarus");
            new Select(driver.findElement(By.id("filter-kind"))).selectByVisibleText("Press release");
            driver.findElement(By.cssSelector("form.filters button[type=submit]")).click();
            new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(10))
                    .until(d -> d.getCurrentUrl().contains("kind=press-release"));
            assertThat(driver.getCurrentUrl()).contains("kind=press-release").contains("country=by");
            assertThat(driver.findElements(By.cssSelector("main h2 a"))).extracting(WebElement::getText)
                    .contains("IOM to Sign MoU with Commonwealth of Independent States");
        }
    }

    @Test
    void theLayoutHoldsOnAPhoneSizedScreen() {
        WebDriver driver = browser.driver();
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(360, 740));
        try {
            driver.get(url(PublicSiteContract.RELEASE));
            Long overflow = (Long) ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            assertThat(overflow).as("no horizontal scrolling of the page").isLessThanOrEqualTo(0L);
            browser.screenshot("press-release-phone");
        } finally {
            driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
        }
    }

    @Test
    void theHomePageOpensWithItsHighlightAndAPhoneDownloadsNoImageOver100KilobytesOnItsFirstScreen()
            throws Exception {
        WebDriver driver = browser.driver();
        org.openqa.selenium.JavascriptExecutor script = (org.openqa.selenium.JavascriptExecutor) driver;
        for (String lang : List.of("en", "ar")) {
            driver.get(url("/" + lang + "/"));
            WebElement lead = driver.findElement(By.cssSelector("main .highlights li.lead"));
            assertThat(lead.findElement(By.cssSelector("h3 a")).getAttribute("href"))
                    .endsWith("/" + lang + "/news/" + "iom-to-sign-mou-with-commonwealth-of-independent-states");
            assertThat(browser.axeViolations()).as("axe on the " + lang + " home page with its highlights").isEmpty();
            assertThat(Files.size(browser.fullPageScreenshot("home-highlights-" + lang))).isPositive();
        }
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(360, 740));
        try {
            driver.get(url("/en/"));
            new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(10)).until(d ->
                    Boolean.TRUE.equals(script.executeScript("return document.querySelector('main li.lead img').complete;")));
            String chosen = (String) script.executeScript("return document.querySelector('main li.lead img').currentSrc;");
            assertThat(chosen).as("the phone's copy of the lead picture").matches(".*/w(320|640)$");
            @SuppressWarnings("unchecked")
            List<Object> sizes = (List<Object>) script.executeScript("return performance.getEntriesByType('resource')"
                    + ".filter(e => e.initiatorType === 'img').map(e => e.encodedBodySize);");
            assertThat(sizes).as("the images a phone downloads on the first screen").isNotEmpty()
                    .allSatisfy(size -> assertThat(((Number) size).longValue()).isLessThan(100_000L));
            browser.screenshot("home-phone");
        } finally {
            driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
