package org.herald.media;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.herald.accounts.CurrentActor;
import org.herald.accounts.Permission;
import org.herald.accounts.RequiresPermission;
import org.herald.media.DescribeMedia;
import org.herald.media.MediaItem;
import org.herald.media.MediaLibrary;
import org.herald.media.UploadMedia;
import org.herald.media.MediaBusyException;
import org.herald.media.UploadRefusedException;
import org.herald.web.NotFoundException;
import org.herald.web.PageContext;
import org.herald.web.QueryParameters;
import org.herald.web.BackOfficeScreen;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** The media library: browse, upload (with the reason when a file is refused), describe images. */
@BackOfficeScreen
@Controller
class MediaAdminController {

    static final int PAGE_SIZE = 30;

    private final MediaLibrary library;
    private final UploadMedia upload;
    private final DescribeMedia describe;
    private final CurrentActor actors;

    MediaAdminController(MediaLibrary library, UploadMedia upload, DescribeMedia describe, CurrentActor actors) {
        this.library = library;
        this.upload = upload;
        this.describe = describe;
        this.actors = actors;
    }

    @GetMapping("/admin/media")
    @RequiresPermission(Permission.BACK_OFFICE)
    String list(@RequestParam(required = false) String page, Model model) {
        return page(model, QueryParameters.page(page), null, null);
    }

    @PostMapping("/admin/media")
    @RequiresPermission(Permission.MEDIA_UPLOAD)
    String upload(@RequestParam(required = false) MultipartFile file, @RequestParam(required = false) String altText,
                  @ModelAttribute("ctx") PageContext ctx, Model model, HttpServletRequest request,
                  HttpServletResponse response) throws IOException {
        try {
            if (file == null || file.isEmpty()) {
                throw new UploadRefusedException("library.error.empty");
            }
            MediaItem item = upload.upload(actors.of(request), file.getOriginalFilename(), file.getBytes(), altText);
            return "redirect:/admin/media/" + item.key() + "?uploaded";
        } catch (UploadRefusedException refused) {
            // Busy workers are not the file's fault: the same upload will go through later.
            boolean busy = refused instanceof MediaBusyException;
            response.setStatus(busy ? HttpServletResponse.SC_SERVICE_UNAVAILABLE : HttpServletResponse.SC_BAD_REQUEST);
            if (busy) {
                response.setHeader("Retry-After", "60");
            }
            return page(model, 1, ctx.t(refused.messageKey(), refused.args()), altText);
        }
    }

    @GetMapping("/admin/media/{key}")
    @RequiresPermission(Permission.BACK_OFFICE)
    String item(@PathVariable String key, Model model) {
        model.addAttribute("item", library.find(key).orElseThrow(NotFoundException::new));
        model.addAttribute("error", null);
        return "media/item";
    }

    @PostMapping("/admin/media/{key}")
    @RequiresPermission(Permission.MEDIA_UPLOAD)
    String describe(@PathVariable String key, @RequestParam(required = false) String altText,
                    @ModelAttribute("ctx") PageContext ctx, Model model, HttpServletRequest request,
                    HttpServletResponse response) {
        MediaItem item = library.find(key).orElseThrow(NotFoundException::new);
        try {
            describe.describe(actors.of(request), key, altText);
            return "redirect:/admin/media/" + key + "?saved";
        } catch (UploadRefusedException refused) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("item", item);
            model.addAttribute("error", ctx.t(refused.messageKey(), refused.args()));
            return "media/item";
        }
    }

    private String page(Model model, int page, String error, String altText) {
        long total = library.count(null);
        model.addAttribute("items", library.newest(null, page, PAGE_SIZE));
        model.addAttribute("page", page);
        model.addAttribute("pages", (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE));
        model.addAttribute("total", total);
        model.addAttribute("error", error);
        model.addAttribute("altText", altText);
        return "media/library";
    }
}
