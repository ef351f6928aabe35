package org.herald.newsroom;

import org.herald.content.ArticleKind;
import org.herald.content.NewsQuery;
import org.herald.content.PublishedContent;
import org.herald.i18n.Language;
import org.herald.people.Directory;
import org.herald.web.SiteLanguage;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The press room: every media contact, reachable in one click, and the latest press releases. */
@Controller
class PressRoomController {

    private static final int LATEST_RELEASES = 5;

    private final SiteLanguage siteLanguage;
    private final Directory directory;
    private final PublishedContent content;

    PressRoomController(SiteLanguage siteLanguage, Directory directory, PublishedContent content) {
        this.siteLanguage = siteLanguage;
        this.directory = directory;
        this.content = content;
    }

    @GetMapping("/{lang:[a-z]{2}}/press-room")
    String pressRoom(@PathVariable String lang, Model model) {
        Language language = siteLanguage.of(lang);
        model.addAttribute("contacts", directory.mediaContacts());
        model.addAttribute("releases", content.news(new NewsQuery(language, ArticleKind.PRESS_RELEASE, null, null, 1,
                LATEST_RELEASES)).items());
        return "newsroom/press-room";
    }
}
