package org.herald.importer;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Properties;

import javax.imageio.ImageIO;

import org.herald.accounts.Actor;
import org.herald.content.ContentType;
import org.herald.content.FeaturedImage;
import org.herald.content.PublishedContent;
import org.herald.content.PublishedSummary;
import org.herald.highlights.Highlights;
import org.herald.highlights.NewHighlight;
import org.herald.highlights.PinHighlight;
import org.herald.i18n.Language;
import org.herald.media.MediaItem;
import org.herald.media.UploadMedia;
import org.springframework.stereotype.Component;

/**
 * The demo's pictures and highlights. The seed has no photograph, so Herald draws two simple
 * pictures (flat shapes: a few kilobytes, even as the widest rendition), each marked as a
 * demonstration in its alt text and credit in every language ({@code seed/translations/pictures.properties}):
 * the press release's featured image, and the picture of the 2030 Agenda highlight. Two highlights
 * are pinned, to the home page and to the Highlights section: the press release, and the 2030
 * Agenda section page (an external link to the 2030 Agenda where the seed has no such page).
 */
@Component
class DemoPictures {

    private static final int WIDTH = 1600;
    private static final int HEIGHT = 900;
    private static final String AGENDA_LINK = "https://sdgs.un.org/2030agenda";

    private final UploadMedia upload;
    private final PinHighlight pin;
    private final PublishedContent published;
    private final Clock clock;
    private final Properties texts = properties();

    DemoPictures(UploadMedia upload, PinHighlight pin, PublishedContent published, Clock clock) {
        this.upload = upload;
        this.pin = pin;
        this.published = published;
        this.clock = clock;
    }

    /** The press release's featured image, described in English (its translations describe it in theirs). */
    FeaturedImage release(Actor seed) {
        MediaItem image = upload.upload(seed, "demonstration-release.png", png(DemoPictures::circles),
                alt("release", Language.EN));
        return new FeaturedImage(image.key(), alt("release", Language.EN), credit(Language.EN));
    }

    /** The same picture as a translation of the release shows it: described in the translation's language. */
    FeaturedImage inLanguage(FeaturedImage image, Language language) {
        return image == null ? null : new FeaturedImage(image.key(), alt("release", language), credit(language));
    }

    /** Pins the release and the 2030 Agenda to the home page and to the Highlights section, from now on. */
    void pin(Actor seed, long releaseId) {
        PublishedSummary release = published.summariesOf(java.util.List.of(releaseId)).get(releaseId);
        MediaItem agenda = upload.upload(seed, "demonstration-2030-agenda.png", png(DemoPictures::squares),
                alt("agenda", Language.EN));
        String agendaPage = published.find(ContentType.PAGE, Language.EN, "2030-agenda")
                .map(page -> page.path()).orElse(null);
        java.util.List<String> places = new java.util.ArrayList<>(java.util.List.of(Highlights.HOME));
        published.find(ContentType.PAGE, Language.EN, "highlights")
                .ifPresent(page -> places.add(Highlights.placeOf(page.translationGroup())));
        for (String place : places) {
            if (release != null) {
                pin.pin(seed, new NewHighlight(place, release.path(), null, null, null, null, null, null,
                        clock.instant(), null));
            }
            pin.pin(seed, new NewHighlight(place, agendaPage, agendaPage == null ? AGENDA_LINK : null,
                    agendaPage == null ? "2030 Agenda" : null, image(agenda), alt("agenda", Language.EN),
                    credit(Language.EN), null, clock.instant(), null));
        }
    }

    private static String image(MediaItem item) {
        return item.url();
    }

    private String alt(String picture, Language language) {
        return texts.getProperty(picture + ".alt." + language.code(), texts.getProperty(picture + ".alt.en"));
    }

    private String credit(Language language) {
        return texts.getProperty("credit." + language.code(), texts.getProperty("credit.en"));
    }

    /** Two overlapping circles on a blue field. */
    private static void circles(Graphics2D g) {
        g.setColor(new Color(0x0b, 0x3d, 0x91));
        g.fillRect(0, 0, WIDTH, HEIGHT);
        g.setColor(new Color(0x4f, 0x9d, 0xe0));
        g.fillOval(430, 200, 500, 500);
        g.setColor(new Color(0xf2, 0xb7, 0x05));
        g.fillOval(670, 200, 500, 500);
        g.setColor(new Color(0xff, 0xff, 0xff));
        g.fillOval(760, 330, 80, 240);
    }

    /** Seventeen coloured squares in a row of six, six and five, as the goals' icons are laid out. */
    private static void squares(Graphics2D g) {
        int[] colours = {0xe5243b, 0xdda63a, 0x4c9f38, 0xc5192d, 0xff3a21, 0x26bde2, 0xfcc30b, 0xa21942, 0xfd6925,
            0xdd1367, 0xfd9d24, 0xbf8b2e, 0x3f7e44, 0x0a97d9, 0x56c02b, 0x00689d, 0x19486a};
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, WIDTH, HEIGHT);
        for (int i = 0; i < colours.length; i++) {
            int row = i / 6;
            int column = i % 6;
            g.setColor(new Color(colours[i]));
            g.fillRect(170 + column * 215, 120 + row * 230, 190, 190);
        }
    }

    private static byte[] png(java.util.function.Consumer<Graphics2D> drawing) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            drawing.accept(g);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static Properties properties() {
        Properties properties = new Properties();
        try (InputStream in = DemoPictures.class.getClassLoader()
                .getResourceAsStream("seed/translations/pictures.properties")) {
            if (in != null) {
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
