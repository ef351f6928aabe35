package org.herald.importer;

import java.util.List;
import java.util.regex.Pattern;

import org.herald.accounts.Actor;
import org.herald.accounts.AuditLog;
import org.herald.accounts.Permission;
import org.herald.importer.recover.Vocabulary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the import recognizes that the admin edits: the organizations a text may mention, by each
 * of their names, and the rules that give an item a theme when its text contains a keyword. Each
 * change is checked, written with its audit entry in one transaction, and used by the next
 * import on this node at once (and on other nodes from their next import run).
 */
@Component
public class ImportRules {

    private static final Pattern THEME_CODE = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

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

    ImportRules(JdbcClient jdbc, TransactionTemplate transaction, AuditLog audit, Vocabulary vocabulary) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.audit = audit;
        this.vocabulary = vocabulary;
    }

    public List<OrganizationName> organizations() {
        return jdbc.sql("SELECT id, acronym, name FROM organization_name ORDER BY acronym, name")
                .query((rs, n) -> new OrganizationName(rs.getLong(1), rs.getString(2), rs.getString(3))).list();
    }

    public List<ThemeRule> themeRules() {
        return jdbc.sql("SELECT id, theme, keyword FROM theme_rule ORDER BY theme, keyword")
                .query((rs, n) -> new ThemeRule(rs.getLong(1), rs.getString(2), rs.getString(3))).list();
    }

    /** Adds a name the organization with this acronym is recognized by. */
    public long addOrganization(Actor actor, String acronym, String name) {
        actor.require(Permission.IMPORT_RULES);
        String code = required(acronym, 40, "error.import-rules.acronym");
        String text = required(name, 300, "error.import-rules.name");
        return change(() -> {
            if (count("SELECT COUNT(*) FROM organization_name WHERE LOWER(name) = LOWER(:a)", text, null) > 0) {
                throw new ImportRuleException("error.import-rules.name-taken");
            }
            long id = insert("INSERT INTO organization_name (acronym, name) VALUES (:a, :b)", code, text);
            audit.record(actor, "import-rules.organization.add", "organization_name", id, code + " = " + text);
            return id;
        });
    }

    public void removeOrganization(Actor actor, long id) {
        actor.require(Permission.IMPORT_RULES);
        remove(actor, "organization_name", id);
    }

    /** Adds a keyword that gives an item the theme with this code. */
    public long addThemeRule(Actor actor, String theme, String keyword) {
        actor.require(Permission.IMPORT_RULES);
        String code = required(theme, 100, "error.import-rules.theme");
        if (!THEME_CODE.matcher(code).matches()) {
            throw new ImportRuleException("error.tag.invalid");
        }
        String word = required(keyword, 200, "error.import-rules.keyword");
        if (word.length() < 3) {
            throw new ImportRuleException("error.import-rules.keyword-short");
        }
        return change(() -> {
            if (count("SELECT COUNT(*) FROM theme_rule WHERE theme = :a AND LOWER(keyword) = LOWER(:b)", code, word) > 0) {
                throw new ImportRuleException("error.import-rules.rule-taken");
            }
            long id = insert("INSERT INTO theme_rule (theme, keyword) VALUES (:a, :b)", code, word);
            audit.record(actor, "import-rules.theme.add", "theme_rule", id, code + " ← " + word);
            return id;
        });
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
            audit.record(actor, "import-rules." + (table.equals("theme_rule") ? "theme" : "organization") + ".remove",
                    table, id, null);
            return id;
        });
    }

    private long change(java.util.function.Supplier<Long> change) {
        Long id = transaction.execute(status -> change.get());
        vocabulary.refresh();
        return id;
    }

    private int count(String sql, String a, String b) {
        var statement = jdbc.sql(sql).param("a", a);
        return (b == null ? statement : statement.param("b", b)).query(Integer.class).single();
    }

    private long insert(String sql, String a, String b) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql(sql).param("a", a).param("b", b).update(key, "id");
        return key.getKey().longValue();
    }

    private static String required(String value, int maxLength, String errorKey) {
        String trimmed = value == null ? "" : value.strip();
        if (trimmed.isEmpty() || trimmed.length() > maxLength) {
            throw new ImportRuleException(errorKey);
        }
        return trimmed;
    }
}
