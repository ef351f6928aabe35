package org.herald.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.herald.support.Browser;
import org.herald.support.BrowserTest;
import org.herald.support.EditorialTests;
import org.herald.support.HeraldOnH2;
import org.herald.support.TestImages;
import org.herald.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.TestPropertySource;

/**
 * The whole newsroom path in Chromium, as the people who do it would: an author uploads a photo,
 * writes a press release with it and submits it; an editor comments, approves, schedules it and
 * makes an embargoed preview link; a journalist reads the preview before the time, sees nothing
 * of it on the public site, and then finds the release there at its time. Every page passes axe.
 */
@HeraldOnH2
@BrowserTest
@TestPropertySource(properties = EditorialTests.CONTEXT)
class NewsroomWorkflowBrowserTests {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired PasswordEncoder passwords;

    @Test
    void aPressReleaseGoesFromTheAuthorThroughReviewAndEmbargoToThePublicSiteAtItsTime(@TempDir Path dir)
            throws IOException, InterruptedException {
        TestUsers users = new TestUsers(jdbc, passwords);
        String author = users.create("author", "AUTHOR");
        String editor = users.create("editor", "EDITOR");
        String title = "IOM and the CIS sign a cooperation agreement " + UUID.randomUUID().toString().substring(0, 6);
        Path photo = Files.write(dir.resolve("signing.jpg"), TestImages.jpeg(1600, 1000));

        try (Browser staff = Browser.start(); Browser journalist = Browser.start()) {
            WebDriver d = staff.driver();
            signIn(d, author);

            d.get(base() + "/admin/media");
            d.findElement(By.id("file")).sendKeys(photo.toString());
            d.findElement(By.id("altText")).sendKeys("Delegates sign the memorandum in Minsk");
            Browser.clickThrough(d, By.cssSelector("form.upload button[type=submit]"));
            assertThat(d.getCurrentUrl()).contains("/admin/media/");
            assertThat(staff.axeViolations()).as("media page").isEmpty();

            d.get(base() + "/admin/content/new?type=article");
            d.findElement(By.id("title")).sendKeys(title);
            d.findElement(By.id("summary")).sendKeys("A memorandum for closer cooperation on migration.");
            d.findElement(By.id("datelineCity")).sendKeys("Minsk");
            d.findElement(By.id("bodyMarkdown")).sendKeys("The signing took place in Minsk today.");
            d.findElement(By.cssSelector(".media-picker summary")).click();
            d.findElement(By.cssSelector(".media-picker .insert-media")).click();
            assertThat(d.findElement(By.id("bodyMarkdown")).getAttribute("value")).contains("![Delegates sign");
            d.findElement(By.cssSelector(".media-picker .feature-media")).click();
            assertThat(d.findElement(By.id("image")).getAttribute("value")).startsWith("/media/");
            assertThat(d.findElement(By.id("imageAlt")).getAttribute("value"))
                    .as("the library's alt text, to adjust").isEqualTo("Delegates sign the memorandum in Minsk");
            wait(d).until(driver -> !driver.findElements(By.cssSelector("#live-preview img")).isEmpty());
            Browser.clickThrough(d, By.cssSelector("form.editor button[value=save]"));
            expectNotice(d, "Saved as a new revision.");
            String editorUrl = d.getCurrentUrl().replaceFirst("\\?.*", "");
            assertThat(staff.axeViolations()).as("editor").isEmpty();
            staff.fullPageScreenshot("editor-author");

            d.findElement(By.id("submit-note")).sendKeys("Ready for review: embargo until the signing.");
            Browser.clickThrough(d, By.cssSelector("form[action$='/submit'] button"));
            expectNotice(d, "Submitted for review.");
            Browser.clickThrough(d, By.cssSelector("form[action='/logout'] button"));
            wait(d).until(driver -> driver.getCurrentUrl().endsWith("/login?logout"));

            signIn(d, editor);
            d.get(base() + "/admin?status=in-review");
            Browser.clickThrough(d, By.linkText(title));
            d.findElement(By.id("comment")).sendKeys("Good. Please check the dateline next time.");
            Browser.clickThrough(d, By.cssSelector(".comment-form button"));
            expectNotice(d, "Comment added.");
            Browser.clickThrough(d, By.cssSelector("form[action$='/approve'] button"));
            expectNotice(d, "Approved.");

            Instant due = Instant.now().plusSeconds(30).truncatedTo(ChronoUnit.SECONDS);
            WebElement publishAt = d.findElement(By.id("publishAt"));
            ((JavascriptExecutor) d).executeScript("arguments[0].value = arguments[1];", publishAt,
                    LOCAL.format(due.atOffset(ZoneOffset.UTC)));
            Browser.clickThrough(d, By.cssSelector("form[action$='/schedule'] button"));
            expectNotice(d, "Scheduled.");
            assertThat(d.findElement(By.cssSelector(".item-state .schedule")).getText()).startsWith("Goes live on");
            assertThat(d.findElements(By.cssSelector(".comment")).size()).isEqualTo(2);
            staff.fullPageScreenshot("editor-scheduled");

            Browser.clickThrough(d, By.linkText("Embargoed preview links"));
            d.findElement(By.id("recipient")).sendKeys("Olga Petrova, Minsk Daily");
            Browser.clickThrough(d, By.cssSelector("form.editor button[type=submit]"));
            String link = d.findElement(By.id("new-link")).getAttribute("value");
            assertThat(staff.axeViolations()).as("preview links page").isEmpty();

            WebDriver j = journalist.driver();
            j.get(link);
            assertThat(j.findElement(By.cssSelector(".embargo-until")).getText()).startsWith("EMBARGOED UNTIL");
            assertThat(j.findElement(By.cssSelector("main h1")).getText()).isEqualTo(title);
            WebElement image = j.findElement(By.cssSelector(".body img"));
            wait(j).until(driver -> ((Number) ((JavascriptExecutor) driver)
                    .executeScript("return arguments[0].naturalWidth;", image)).intValue() > 0);
            assertThat(image.getAttribute("alt")).isEqualTo("Delegates sign the memorandum in Minsk");
            assertThat(journalist.axeViolations()).as("embargoed preview").isEmpty();
            journalist.fullPageScreenshot("embargoed-preview");

            String slug = jdbc.sql("SELECT slug FROM content_item WHERE title = :t").param("t", title)
                    .query(String.class).single();
            j.get(base() + "/en/news");
            assertThat(j.findElement(By.tagName("main")).getText()).doesNotContain(title);
            j.get(base() + "/en/news/" + slug);
            assertThat(j.findElement(By.cssSelector("main h1")).getText()).isEqualTo("Page not found");
            assertThat(Instant.now()).as("all of this happened before the embargo ended").isBefore(due);

            while (Instant.now().isBefore(due.plusSeconds(60))
                    && !j.findElement(By.cssSelector("main h1")).getText().equals(title)) {
                Thread.sleep(500);
                j.navigate().refresh();
            }
            assertThat(j.findElement(By.cssSelector("main h1")).getText()).as("public at its time").isEqualTo(title);
            System.out.printf("Browser path: due %s, seen on the public site by %s%n", due, Instant.now());
            WebElement published = j.findElement(By.cssSelector(".body img"));
            assertThat(published.getAttribute("srcset")).contains(" 320w", " 640w", " 1024w", " 1600w");
            assertThat(published.getAttribute("alt")).isEqualTo("Delegates sign the memorandum in Minsk");
            assertThat(journalist.axeViolations()).as("published release").isEmpty();
            journalist.fullPageScreenshot("published-release");
            j.get(link);
            assertThat(j.getCurrentUrl()).as("the preview link now leads to the release").endsWith("/en/news/" + slug);
            d.get(editorUrl);
            assertThat(d.findElement(By.cssSelector(".item-state .status")).getText()).isEqualTo("Published");
        }
    }

    private void signIn(WebDriver d, String username) {
        d.get(base() + "/login");
        d.findElement(By.id("username")).sendKeys(username);
        d.findElement(By.id("password")).sendKeys(TestUsers.PASSWORD);
        Browser.clickThrough(d, By.cssSelector("form button[type=submit]"));
        wait(d).until(driver -> driver.getCurrentUrl().endsWith("/admin"));
    }

    /**
     * Waits for the page a click leads to and its notice: on a busy machine the previous page's
     * notice can still be there (and go stale) when the next line looks.
     */
    private static void expectNotice(WebDriver d, String expected) {
        String[] seen = {null};
        try {
            wait(d).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                    .ignoring(org.openqa.selenium.NoSuchElementException.class)
                    .until(driver -> expected.equals(seen[0] = driver
                            .findElement(By.cssSelector("main .alert[role=status]")).getText()));
        } catch (org.openqa.selenium.TimeoutException timeout) {
            assertThat(seen[0]).as("the notice after the action").isEqualTo(expected);
        }
    }

    private static WebDriverWait wait(WebDriver d) {
        return new WebDriverWait(d, Duration.ofSeconds(10));
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
