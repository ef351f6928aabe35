package org.herald.figures;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.herald.accounts.Actor;
import org.herald.accounts.AuditLog;
import org.herald.accounts.Permission;
import org.herald.changes.ChangeLog;
import org.herald.content.TagCodes;
import org.herald.i18n.Language;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores a file as the next version of a dataset, in one transaction: the dataset's details
 * (created with its first version), the version, every value, and the indicators it makes. The
 * file is read and each row checked first; a file with any refused row stores nothing, unless
 * the editor chose to leave the refused rows out. The back office, the demonstration data and
 * any later caller go through here.
 */
@Component
public class UploadDataset {

    /** Where a change of a dataset is logged, and what public pages of datasets depend on. */
    public static final String DATASET = "dataset";

    private final DatasetStore store;
    private final CountryCells countries;
    private final DatasetProperties properties;
    private final AuditLog audit;
    private final ChangeLog changes;
    private final Clock clock;

    UploadDataset(DatasetStore store, CountryCells countries, DatasetProperties properties, AuditLog audit,
                  ChangeLog changes, Clock clock) {
        this.store = store;
        this.countries = countries;
        this.properties = properties;
        this.audit = audit;
        this.changes = changes;
        this.clock = clock;
    }

    /** What was stored. */
    public record Stored(String slug, int version, int values, int skippedRows) {
    }

    @Transactional
    public Stored upload(Actor actor, DatasetUpload upload) {
        actor.require(Permission.DATASETS_EDIT);
        DatasetDetails details = upload.details();
        checkDetails(details);
        CsvTable table = CsvTable.read(upload.content(), properties.maxSize().toBytes(), upload.windows1252());
        ColumnMapping mapping = upload.mapping() == null ? ColumnMapping.guess(table.header()) : upload.mapping();
        RowProblem unmapped = mapping.problem(table.header().size());
        if (unmapped != null) {
            throw new DatasetRefused(List.of(unmapped));
        }
        DatasetRows.Checked checked = DatasetRows.check(table, mapping, countries.lookup(), details.counts(),
                details.title(Language.EN));
        if (!checked.problems().isEmpty() && !upload.skipRefused()) {
            throw new DatasetRefused(checked.problems());
        }
        if (checked.values().isEmpty()) {
            throw DatasetRefused.of("datasets.problem.no-rows");
        }
        Long existing = store.idOf(details.slug());
        Map<String, String> indicators = new LinkedHashMap<>();
        checked.values().forEach(value -> indicators.putIfAbsent(value.indicatorCode(), value.indicatorName()));
        Map<String, Long> owners = store.owners(indicators.keySet());
        List<RowProblem> taken = owners.entrySet().stream().filter(owner -> !owner.getValue().equals(existing))
                .map(owner -> RowProblem.of(0, "datasets.problem.indicator-taken", owner.getKey())).toList();
        if (!taken.isEmpty()) {
            throw new DatasetRefused(taken);
        }
        long id;
        if (existing == null) {
            id = store.insert(details);
        } else {
            id = existing;
            store.update(id, details);
        }
        store.writeTexts(id, details.texts());
        int version = store.nextVersion(id);
        long versionId = store.insertVersion(id, version, upload.fileName(), checked.values().size(),
                checked.problems().size(), actor.name(), OffsetDateTime.now(clock));
        store.insertValues(versionId, checked.values());
        indicators.forEach((code, name) -> {
            if (!owners.containsKey(code)) {
                store.insertIndicator(code, details.unit(), id, names(name, mapping, details));
            }
        });
        audit.record(actor, "dataset.upload", DATASET, id, details.slug() + " v" + version);
        changes.record(DATASET, id, null, "uploaded");
        return new Stored(details.slug(), version, checked.values().size(), checked.problems().size());
    }

    /** An indicator's names: the dataset's titles when it is the dataset's only one, else the file's name for it. */
    private static Map<Language, String> names(String name, ColumnMapping mapping, DatasetDetails details) {
        Map<Language, String> names = new EnumMap<>(Language.class);
        if (mapping.indicator() < 0) {
            details.texts().forEach((language, text) -> names.put(language, text.title()));
        } else {
            names.put(Language.EN, name);
        }
        return names;
    }

    private static void checkDetails(DatasetDetails details) {
        List<RowProblem> problems = new ArrayList<>();
        if (details.slug() == null || !TagCodes.isValid(details.slug()) || details.slug().length() > 120) {
            problems.add(RowProblem.of(0, "datasets.problem.slug"));
        }
        DatasetDetails.Text english = details.texts().get(Language.EN);
        if (english == null || english.title() == null || english.title().isBlank()) {
            problems.add(RowProblem.of(0, "datasets.problem.title"));
        }
        for (String required : new String[] {details.source(), details.licence(), details.unit()}) {
            if (required == null || required.isBlank()) {
                problems.add(RowProblem.of(0, "datasets.problem.details"));
                break;
            }
        }
        if (!problems.isEmpty()) {
            throw new DatasetRefused(problems);
        }
    }
}
