package org.herald.importer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.herald.accounts.Actor;
import org.herald.content.ArticleKind;
import org.herald.content.ContentDraft;
import org.herald.content.ContentType;
import org.herald.content.EditorialContent;
import org.herald.content.PageLayout;
import org.herald.content.PublishContent;
import org.herald.content.SaveContent;
import org.herald.content.Slugs;
import org.herald.figures.Figure;
import org.herald.figures.Figures;
import org.herald.i18n.Language;
import org.herald.importer.recover.ImportRecord;
import org.herald.importer.recover.ImportRecord.Status;
import org.herald.importer.recover.Recovered;
import org.herald.importer.recover.Recovery;
import org.herald.people.Directory;
import org.herald.people.NewContact;
import org.herald.store.Writes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.json.JsonMapper;

/**
 * Stores one recovered item, all or nothing, in one transaction: the content item (created,
 * or a new revision when the source changed), published unless it needs review, its figures,
 * and the {@code import_source} row whose unique key makes a re-import update or skip instead
 * of duplicating. Within a process, items of the same key are stored one after the other, so
 * the same item met twice in a run is stored once and then skipped. Two processes importing
 * the same item collide on the database's keys and the loser's transaction is rolled back
 * whole (the caller tries once more and finds the item). The item's contacts are found in the directory or
 * added just before, in a transaction of their own: a contact is shared reference data, and
 * one left by a killed import is found again, not added twice, by the next.
 */
@Component
class ImportItem {

    private static final Actor IMPORTER = Actor.system("import");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final SaveContent save;
    private final PublishContent publish;
    private final EditorialContent editorial;
    private final Directory directory;
    private final Figures figures;
    private final Writes writes;
    /**
     * Contacts this run has already found or added, by their exact details: the same person
     * given the same way needs no second trip to the directory.
     */
    private final Map<NewContact, Long> known = new ConcurrentHashMap<>();
    /**
     * Whether nothing had ever been imported when the run started: a dry run then needs no
     * look-up per item to know that every item would be new. Rows of {@code import_source} are
     * never deleted, and a dry run writes none.
     */
    private volatile boolean nothingImportedYet;
    /** The keys of the items being stored now: a second item of the same key waits for the first. */
    private final Set<String> storing = new HashSet<>();
    /**
     * In a dry run, the content hash of each item it has seen, by key: the run would have stored
     * the first, so a later item of the same key would be skipped or update it.
     */
    private final Map<String, String> seenInDryRun = new ConcurrentHashMap<>();

    ImportItem(JdbcClient jdbc, TransactionTemplate transaction, SaveContent save, PublishContent publish,
               EditorialContent editorial, Directory directory, Figures figures, Writes writes) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.save = save;
        this.publish = publish;
        this.editorial = editorial;
        this.directory = directory;
        this.figures = figures;
        this.writes = writes;
    }

    /** What was stored before under the item's key, if anything, and by which batch with what outcome. */
    private record Previous(String contentHash, Long contentId, SourceStatus status, Long batchId) {

        /**
         * Whether the batch stored this item for review itself, in an earlier run of it that its
         * node did not finish: the batch, taken over, reports it for review again, not as skipped.
         */
        boolean inReviewFrom(Long batch) {
            return batch != null && batch.equals(batchId) && status == SourceStatus.REVIEW;
        }
    }

    /** Stores the item; returns its record with the status of what happened. */
    ImportRecord store(Recovered item, Long batchId) {
        String key = Recovery.sourceKey(item.identity());
        take(key);
        try {
            Previous before = previous(key);
            if (before != null && before.contentHash().equals(item.contentHash())) {
                return before.inReviewFrom(batchId) ? item.record() : item.record().withStatus(Status.SKIPPED);
            }
            List<Long> contacts = contacts(item);
            return transaction.execute(status -> storeInTransaction(item, key, batchId, contacts, before));
        } finally {
            release(key);
        }
    }

    /** What {@link #store} would report, without writing anything. */
    ImportRecord preview(Recovered item) {
        String key = Recovery.sourceKey(item.identity());
        String earlier = seenInDryRun.put(key, item.contentHash());
        if (earlier != null) {
            return againStatus(item, earlier);
        }
        if (nothingImportedYet) {
            return item.record();
        }
        Previous previous = previous(key);
        return previous == null ? item.record() : againStatus(item, previous.contentHash());
    }

    /** What storing an item reports when an item of its key was stored before with the given hash. */
    private static ImportRecord againStatus(Recovered item, String storedHash) {
        ImportRecord record = item.record();
        if (storedHash.equals(item.contentHash())) {
            return record.withStatus(Status.SKIPPED);
        }
        return record.outcome() == Status.REVIEW ? record : record.withStatus(Status.UPDATED);
    }

    /** Waits until no other worker is storing an item of this key, then marks it as being stored. */
    private void take(String key) {
        synchronized (storing) {
            while (!storing.add(key)) {
                try {
                    storing.wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("import interrupted", e);
                }
            }
        }
    }

    private void release(String key) {
        synchronized (storing) {
            storing.remove(key);
            storing.notifyAll();
        }
    }

    /**
     * Stores the item as {@code previous} (read just before) found it. Another process storing the
     * same item in between collides with this one, on the {@code import_source} key or on the
     * item's slug (it carries the source key), and the loser's transaction is rolled back whole;
     * the caller's second try reads what the winner stored.
     */
    private ImportRecord storeInTransaction(Recovered item, String key, Long batchId, List<Long> contacts,
                                            Previous previous) {
        ImportRecord record = item.record();
        boolean review = record.outcome() == Status.REVIEW;
        ContentDraft draft = draft(item, key, contacts);
        boolean stored = previous != null && previous.contentId() != null;
        // What the item's transaction writes goes to the database together when it commits (see Writes).
        long id;
        if (stored) {
            id = previous.contentId();
            save.update(IMPORTER, id, editorial.get(id).version(), draft);
            if (!review) {
                publish.publish(IMPORTER, id);
            }
        } else {
            id = review ? save.create(IMPORTER, draft, null) : publish.publishNew(IMPORTER, draft);
        }
        List<Figure> found = record.figures().stream()
                .map(f -> new Figure(f.country(), f.value(), f.unit(), f.qualifier(), f.text(), id)).toList();
        if (stored) {
            figures.replaceFromSource(id, found);
        } else {
            figures.addFromSource(id, found);
        }
        ImportRecord done = stored ? record.withStatus(review ? Status.REVIEW : Status.UPDATED) : record;
        remember(key, item, id, done, batchId, previous != null);
        return done;
    }

    /**
     * The item's contacts in the directory, found or added one item at a time: two workers
     * adding the same new person at once would otherwise both add them.
     */
    private List<Long> contacts(Recovered item) {
        if (item.contacts().isEmpty()) {
            return List.of();
        }
        List<Long> ids = item.contacts().stream().map(contact -> known.get(contact)).toList();
        if (!ids.contains(null)) {
            return ids;
        }
        synchronized (directory) {
            return transaction.execute(status -> {
                List<Long> found = new ArrayList<>();
                for (NewContact contact : item.contacts()) {
                    long id = directory.findOrCreate(contact);
                    known.put(contact, id);
                    found.add(id);
                }
                return found;
            });
        }
    }

    /**
     * Starts a run: forgets the contacts resolved so far (a run starts with the directory as it
     * is) and the items a dry run has seen, and notes whether anything was imported before.
     */
    void startRun() {
        known.clear();
        seenInDryRun.clear();
        nothingImportedYet = jdbc.sql("SELECT 1 FROM import_source LIMIT 1").query(Integer.class).optional().isEmpty();
    }

    private Previous previous(String key) {
        return jdbc.sql("SELECT content_hash, content_id, status, batch_id FROM import_source WHERE source_key = :key")
                .param("key", key)
                .query((rs, n) -> new Previous(rs.getString(1), rs.getObject(2, Long.class), SourceStatus.of(rs.getString(3)),
                        rs.getObject(4, Long.class)))
                .optional().orElse(null);
    }

    private void remember(String key, Recovered item, long id, ImportRecord record, Long batchId,
                          boolean exists) {
        String sql = exists ? """
                UPDATE import_source SET source_name = :name, content_hash = :hash, content_id = :id, status = :status,
                    warnings = :warnings, record_json = :json, batch_id = :batch, imported_at = CURRENT_TIMESTAMP
                WHERE source_key = :key
                """ : """
                INSERT INTO import_source (source_key, source_name, content_hash, content_id, status, warnings,
                    record_json, batch_id) VALUES (:key, :name, :hash, :id, :status, :warnings, :json, :batch)
                """;
        writes.sql(sql).param("key", key).param("name", record.source()).param("hash", item.contentHash())
                .param("id", id).param("status", (record.outcome() == Status.REVIEW ? SourceStatus.REVIEW : SourceStatus.IMPORTED).code())
                .param("warnings", String.join(",", record.warnings()))
                .param("json", JSON.writeValueAsString(record)).param("batch", batchId);
    }

    private static ContentDraft draft(Recovered item, String key, List<Long> contacts) {
        ImportRecord record = item.record();
        boolean page = "page".equals(record.kind());
        String title = record.title() != null ? record.title() : untitled(item);
        String slug = Slugs.slugify(title) + "-" + key.substring(0, 8);
        Language language = record.language() == null ? Language.EN : Language.fromCode(record.language()).orElse(Language.EN);
        ArticleKind kind = page ? null : ArticleKind.fromSlug(record.kind()).orElse(ArticleKind.NEWS);
        ImportRecord.DatelineField dateline = record.dateline();
        return new ContentDraft(page ? ContentType.PAGE : ContentType.ARTICLE, kind, language, title, slug,
                item.summary(), item.bodyMarkdown(), item.releaseDate(), false,
                dateline == null ? null : dateline.city(), dateline == null ? null : dateline.country(), null,
                PageLayout.STANDARD, false, record.countries(), contacts)
                .withTags(record.themes(), record.organizations().stream().map(ImportItem::tagCode).toList());
    }

    /** The content's code of an organization: "World Bank" → "world-bank". */
    static String tagCode(String acronym) {
        return acronym.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-");
    }

    /** A title for an item without one: the start of its first paragraph, else its source. */
    private static String untitled(Recovered item) {
        String from = item.summary() != null ? item.summary() : item.record().source();
        return from.length() <= 120 ? from : from.substring(0, from.lastIndexOf(' ', 120) > 40 ? from.lastIndexOf(' ', 120) : 120);
    }
}
