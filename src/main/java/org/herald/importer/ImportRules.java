package org.herald.importer;

import java.util.List;

import org.herald.accounts.Actor;
import org.herald.accounts.AuditLog;
import org.herald.accounts.Permission;
import org.herald.content.TagCodes;
import org.herald.importer.recover.Vocabulary;
import org.herald.partners.PartnerNames;
import org.herald.partners.PartnerRefused;
import org.herald.partners.Partners;
import org.herald.themes.Themes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the import recognizes that the admin edits: the organizations a text may mention, by each
 * of their names (the partners' names and aliases: this screen and the partners screen edit one
 * list, through {@link PartnerNames}), and the rules that give an item a theme when its text contains a keyword. Each
 * change is checked, written with its audit entry in one transaction, and used by the next
 * import on this node at once (and on other nodes from their next import run).
 */
@Component
public class ImportRules {

    /** One name an organization is recognized by, and the acronym it is recorded as. */
    public record OrganizationName(long id, String acronym, String name) {
    }

    /** A keyword that, found at the start of a word of a text, gives the item the theme. */
    public record ThemeRule(long id, String theme, String keyword) {
    }

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final AuditLog audit;
    private final Vocabulary vocabulary;
    private final Themes themes;
    private final Partners partners;
    private final PartnerNames names;

    ImportRules(JdbcClient jdbc, TransactionTemplate transaction, AuditLog audit, Vocabulary vocabulary,
                Themes themes, Partners partners, PartnerNames names) {
        this.themes = themes;
        this.partners = partners;
        this.names = names;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.audit = audit;
        this.vocabulary = vocabulary;
    }

    public List<OrganizationName> organizations() {
        return partners.knownNames().stream().map(known -> new OrganizationName(known.id(), known.acronym(), known.name()))
                .sorted(java.util.Comparator.comparing(OrganizationName::acronym).thenComparing(OrganizationName::name))
                .toList();
    }

    public List<ThemeRule> themeRules() {
        return jdbc.sql("SELECT id, theme, keyword FROM theme_rule ORDER BY theme, keyword")
                .query((rs, n) -> new ThemeRule(rs.getLong(1), rs.getString(2), rs.getString(3))).list();
    }

    /** Adds a name the organization with this acronym is recognized by (an alias of that partner). */
    public long addOrganization(Actor actor, String acronym, String name) {
        actor.require(Permission.IMPORT_RULES);
        String code = tagCode(acronym, 40, "error.import-rules.acronym");
        String text = required(name, 300, "error.import-rules.name");
        return change(() -> {
            long id = partnerChange(() -> names.addAlias(actor, code, text));
            audit.record(actor, "import-rules.organization.add", "partner_name", id, code + " = " + text);
            return id;
        });
    }

    public void removeOrganization(Actor actor, long id) {
        actor.require(Permission.IMPORT_RULES);
        change(() -> {
            partnerChange(() -> {
                names.remove(actor, id);
                return id;
            });
            audit.record(actor, "import-rules.organization.remove", "partner_name", id, null);
            return id;
        });
    }

    /** A partner change, its refusal said as this screen says it. */
    private static long partnerChange(java.util.function.Supplier<Long> change) {
        try {
            return change.get();
        } catch (PartnerRefused refused) {
            String key = refused.errors().values().iterator().next();
            throw new ImportRuleException(switch (key) {
                case "error.partner.gone" -> "error.import-rules.gone";
                case "error.partner.name-taken" -> "error.import-rules.name-taken";
                default -> key;
            });
        }
    }

    /** Adds a keyword that gives an item the theme with this code, which must be a theme's (under Themes). */
    public long addThemeRule(Actor actor, String theme, String keyword) {
        actor.require(Permission.IMPORT_RULES);
        String code = TagCodes.normalize(tagCode(theme, 80, "error.import-rules.theme"));
        String word = required(keyword, 200, "error.import-rules.keyword");
        if (word.length() < 3) {
            throw new ImportRuleException("error.import-rules.keyword-short");
        }
        if (!themes.exists(code)) {
            throw new ImportRuleException("error.import-rules.theme-unknown");
        }
        return add(actor, "theme_rule", "theme = :a AND LOWER(keyword) = LOWER(:b)", code, word,
                "error.import-rules.rule-taken", "INSERT INTO theme_rule (theme, keyword) VALUES (:a, :b)",
                code + " ← " + word);
    }

    public void removeThemeRule(Actor actor, long id) {
        actor.require(Permission.IMPORT_RULES);
        remove(actor, "theme_rule", id);
    }

    private void remove(Actor actor, String table, long id) {
        change(() -> {
            int removed = jdbc.sql("DELETE FROM " + table + " WHERE id = :id").param("id", id).update();
            if (removed == 0) {
                throw new ImportRuleException("error.import-rules.gone");
            }
            audit.record(actor, "import-rules.theme.remove", table, id, null);
            return id;
        });
    }

    private long change(java.util.function.Supplier<Long> change) {
        Long id = transaction.execute(status -> change.get());
        vocabulary.refresh();
        return id;
    }

    /** Adds the row unless one like it exists ({@code same}, over the same two values), with its audit entry. */
    private long add(Actor actor, String table, String same, String a, String b, String takenKey, String insert,
                     String detail) {
        return change(() -> {
            if (jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE " + same).param("a", a).param("b", b)
                    .query(Integer.class).single() > 0) {
                throw new ImportRuleException(takenKey);
            }
            long id = insert(insert, a, b);
            audit.record(actor, "import-rules.theme.add", table, id, detail);
            return id;
        });
    }

    private long insert(String sql, String a, String b) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql(sql).param("a", a).param("b", b).update(key, "id");
        return key.getKey().longValue();
    }

    /**
     * A code items are tagged with (an organization's acronym is stored as its tag, in lower
     * case): refused here with the editor's rule, not later when an import stores the tag.
     */
    private static String tagCode(String value, int maxLength, String errorKey) {
        String code = required(value, maxLength, errorKey);
        if (!TagCodes.isValid(code)) {
            throw new ImportRuleException("error.tag.invalid");
        }
        return code;
    }

    private static String required(String value, int maxLength, String errorKey) {
        String trimmed = value == null ? "" : value.strip();
        if (trimmed.isEmpty() || trimmed.length() > maxLength) {
            throw new ImportRuleException(errorKey);
        }
        return trimmed;
    }
}
