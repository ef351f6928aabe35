package org.herald.importer;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.herald.accounts.CurrentActor;
import org.herald.accounts.Permission;
import org.herald.accounts.RequiresPermission;
import org.herald.importer.ImportBatches;
import org.herald.web.NotFoundException;
import org.herald.web.BackOfficeScreen;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Importing legacy archives from the back office: upload a zip (or a single file), watch the
 * batch's progress on a page that refreshes itself (no script needed), then review the items
 * the import was unsure of, correct them in the editor and accept them.
 */
@BackOfficeScreen
@Controller
class ImportAdminController {

    /** The message shown for each warning an import can give. */
    static final Map<String, String> WARNINGS = Map.ofEntries(
            Map.entry("date-unknown", "review.import.date-unknown"),
            Map.entry("date-without-year", "review.import.date-year-missing"),
            Map.entry("dateline-country-unknown", "review.import.dateline-country-unknown"),
            Map.entry("language-unknown", "review.import.language-unknown"),
            Map.entry("kind-guessed", "review.import.kind-guessed"),
            Map.entry("title-missing", "review.import.title-missing"),
            Map.entry("phone-invalid", "review.import.phone-invalid"),
            Map.entry("html-broken", "review.import.html-broken"));

    private final ImportBatches batches;
    private final CurrentActor actors;

    ImportAdminController(ImportBatches batches, CurrentActor actors) {
        this.batches = batches;
        this.actors = actors;
    }

    @GetMapping("/admin/import")
    @RequiresPermission(Permission.IMPORT)
    String page(Model model) {
        return page(model, null);
    }

    @PostMapping("/admin/import")
    @RequiresPermission(Permission.IMPORT)
    String upload(@RequestParam(required = false) MultipartFile file, Model model, HttpServletRequest request,
                  HttpServletResponse response) throws IOException {
        if (file == null || file.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(model, "error.import.empty");
        }
        long id = batches.start(actors.of(request), file.getOriginalFilename(), file.getBytes());
        return "redirect:/admin/import/" + id;
    }

    @GetMapping("/admin/import/{id}")
    @RequiresPermission(Permission.IMPORT)
    String batch(@PathVariable long id, Model model, HttpServletResponse response) {
        ImportBatches.Batch batch = batches.find(id).orElseThrow(NotFoundException::new);
        if (batch.running()) {
            // The browser reloads the page by itself while the import runs: no script needed.
            response.setHeader("Refresh", "2");
        }
        model.addAttribute("batch", batch);
        return "importer/import-batch";
    }

    @GetMapping("/admin/import/review")
    @RequiresPermission(Permission.IMPORT)
    String review(Model model) {
        model.addAttribute("items", batches.reviewQueue());
        model.addAttribute("warnings", WARNINGS);
        return "importer/import-review";
    }

    @PostMapping("/admin/import/review/{id}/accept")
    @RequiresPermission(Permission.IMPORT)
    String accept(@PathVariable long id, HttpServletRequest request) {
        if (!batches.accept(actors.of(request), id)) {
            throw new NotFoundException();
        }
        return "redirect:/admin/import/review?accepted";
    }

    private String page(Model model, String error) {
        model.addAttribute("batches", batches.recent());
        model.addAttribute("error", error);
        return "importer/import";
    }
}
