package org.herald.figures;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.herald.accounts.CurrentActor;
import org.herald.accounts.Permission;
import org.herald.accounts.RequiresPermission;
import org.herald.web.BackOfficeScreen;
import org.herald.web.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Datasets in the back office: the list, a file upload (a new dataset, or a new version of one),
 * then the mapping step: the encoding and delimiter found, the first rows, the columns holding
 * the country, year, indicator and value, and the dataset's details. Storing checks every row;
 * a refusal comes back (400) with each problem and its line, and stores nothing unless the editor
 * chose to skip the refused rows.
 */
@BackOfficeScreen
@Controller
@RequiresPermission(Permission.DATASETS_EDIT)
class DatasetsAdminController {

    static final String DATASETS = "/admin/datasets";
    private static final int PREVIEW = 5;
    private static final int PROBLEMS_SHOWN = 200;

    private final Datasets datasets;
    private final PendingUploads pending;
    private final UploadDataset upload;
    private final DatasetProperties properties;
    private final CurrentActor actors;

    DatasetsAdminController(Datasets datasets, PendingUploads pending, UploadDataset upload,
                            DatasetProperties properties, CurrentActor actors) {
        this.datasets = datasets;
        this.pending = pending;
        this.upload = upload;
        this.properties = properties;
        this.actors = actors;
    }

    @GetMapping(DATASETS)
    String list(@RequestParam(required = false) String stored, Model model) {
        return listPage(model, stored, List.of());
    }

    @PostMapping(DATASETS + "/uploads")
    String upload(@RequestParam(required = false) MultipartFile file, @RequestParam(required = false) String dataset,
                  @RequestParam(required = false) String encoding, Model model, HttpServletRequest request,
                  HttpServletResponse response) throws IOException {
        if (file == null || file.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return listPage(model, null, List.of(RowProblem.of(0, "datasets.problem.empty")));
        }
        byte[] content = file.getBytes();
        try {
            CsvTable.read(content, properties.maxSize().toBytes(), "windows-1252".equals(encoding));
        } catch (DatasetRefused refused) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return listPage(model, null, refused.problems());
        }
        String name = file.getOriginalFilename() == null ? "upload.csv" : file.getOriginalFilename();
        long id = pending.hold(actors.of(request), name.length() > 200 ? name.substring(0, 200) : name, content);
        String target = dataset == null || dataset.isBlank() ? "" : "dataset=" + dataset.strip();
        String chosen = "windows-1252".equals(encoding) ? "encoding=windows-1252" : "";
        String query = String.join("&", java.util.stream.Stream.of(target, chosen).filter(s -> !s.isEmpty()).toList());
        return "redirect:" + DATASETS + "/uploads/" + id + (query.isEmpty() ? "" : "?" + query);
    }

    @GetMapping(DATASETS + "/uploads/{id}")
    String mapping(@PathVariable long id, @RequestParam(required = false) String dataset,
                   @RequestParam(required = false) String encoding, Model model) {
        PendingUploads.Pending file = pending.find(id).orElseThrow(NotFoundException::new);
        CsvTable table = CsvTable.read(file.content(), properties.maxSize().toBytes(), "windows-1252".equals(encoding));
        Dataset existing = dataset == null ? null : datasets.find(dataset).orElse(null);
        DatasetForm form = DatasetForm.of(existing, ColumnMapping.guess(table.header()));
        form.fields().put("encoding", "windows-1252".equals(encoding) ? "windows-1252" : "");
        return mappingPage(model, file, table, form, List.of());
    }

    @PostMapping(DATASETS + "/uploads/{id}")
    String store(@PathVariable long id, @RequestParam java.util.Map<String, String> parameters, Model model,
                 HttpServletRequest request, HttpServletResponse response) {
        PendingUploads.Pending file = pending.find(id).orElseThrow(NotFoundException::new);
        DatasetForm form = DatasetForm.of(parameters);
        try {
            UploadDataset.Stored stored = pending.store(actors.of(request), upload, id, new DatasetUpload(form.details(),
                    file.fileName(), file.content(), form.mapping(), form.windows1252(), form.checked("skip")));
            return "redirect:" + DATASETS + "?stored=" + stored.slug() + "-v" + stored.version();
        } catch (DatasetRefused refused) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            CsvTable table;
            try {
                table = CsvTable.read(file.content(), properties.maxSize().toBytes(), form.windows1252());
            } catch (DatasetRefused unreadable) {
                return listPage(model, null, unreadable.problems());
            }
            return mappingPage(model, file, table, form, refused.problems());
        }
    }

    /** A file that cannot be read at all (another encoding chosen): back to the list with why. */
    @org.springframework.web.bind.annotation.ExceptionHandler(DatasetRefused.class)
    String unreadable(DatasetRefused refused, Model model, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return listPage(model, null, refused.problems());
    }

    private String listPage(Model model, String stored, List<RowProblem> problems) {
        model.addAttribute("datasets", datasets.all());
        model.addAttribute("stored", stored);
        model.addAttribute("problems", problems);
        model.addAttribute("maxSize", properties.maxSize().toMegabytes());
        return "figures/admin-datasets";
    }

    private String mappingPage(Model model, PendingUploads.Pending file, CsvTable table, DatasetForm form,
                               List<RowProblem> problems) {
        model.addAttribute("mapping", new DatasetMappingView(file.id(), file.fileName(), table.encoding(),
                CsvTable.name(table.delimiter()), table.rows().size(), table.header(),
                table.rows().stream().limit(PREVIEW).map(CsvTable.Row::cells).toList(), form));
        model.addAttribute("problems", problems.stream().limit(PROBLEMS_SHOWN).toList());
        model.addAttribute("moreProblems", (long) Math.max(0, problems.size() - PROBLEMS_SHOWN));
        return "figures/admin-dataset-mapping";
    }
}
