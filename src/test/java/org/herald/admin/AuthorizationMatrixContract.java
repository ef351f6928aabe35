package org.herald.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.herald.accounts.Actor;
import org.herald.accounts.Permission;
import org.herald.accounts.Role;
import org.herald.content.ContentDraft;
import org.herald.content.ContentType;
import org.herald.content.PageLayout;
import org.herald.content.SaveContent;
import org.herald.content.TranslateContent;
import org.herald.i18n.Language;
import org.herald.media.UploadMedia;
import org.herald.newsroom.SharePreview;
import org.herald.site.Menu;
import org.herald.support.EditorialTests;
import org.herald.support.Http;
import org.herald.support.Http.Response;
import org.herald.support.PermissionsDoc;
import org.herald.support.TestImages;
import org.herald.support.TestUsers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The authorization matrix: every back-office, sign-in, preview, media and API route that Spring
 * MVC knows, against the route table of {@code docs/permissions.md}, requested over real HTTP by
 * an anonymous visitor and by a user of every role. A route missing from the table (a new screen
 * without a rule) fails the first test; a request that is let through or refused against the
 * table fails the second. Every request that may pass gets fresh fixtures (an item, a user, a
 * preview link) so that none depends on another's side effects.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestPropertySource(properties = EditorialTests.CONTEXT)
abstract class AuthorizationMatrixContract {

    private static final Actor FIXTURES = Actor.system("matrix");
    private static final Pattern VARIABLE = Pattern.compile("\\{([a-zA-Z]+)}");
    private static final List<String> SCOPE = List.of("/admin", "/login", "/preview", "/media", "/api");
    private static final List<String> ACTORS = List.of("ANONYMOUS", "ADMIN", "EDITOR", "AUTHOR", "TRANSLATOR");

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired PasswordEncoder passwords;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mapping;
    @Autowired SaveContent save;
    @Autowired TranslateContent translate;
    @Autowired UploadMedia upload;
    @Autowired SharePreview share;
    @Autowired Menu menu;

    private final Map<String, Http> clients = new LinkedHashMap<>();
    private TestUsers users;
    private String imageKey;

    /** A route: method and path pattern. */
    record Route(String method, String pattern) implements Comparable<Route> {
        @Override
        public int compareTo(Route other) {
            return (pattern + " " + method).compareTo(other.pattern + " " + other.method);
        }

        @Override
        public String toString() {
            return method + " " + pattern;
        }
    }

    @BeforeAll
    void signIn() {
        users = new TestUsers(jdbc, passwords);
        clients.put("ANONYMOUS", new Http(port));
        for (String role : ACTORS.subList(1, ACTORS.size())) {
            clients.put(role, users.signedIn(port, role));
        }
        imageKey = upload.upload(FIXTURES, "matrix.png", TestImages.png(400, 300), "A test picture").key();
    }

    @Test
    void everyRouteHasAWrittenRuleAndEveryRuleARoute() {
        Set<Route> live = liveRoutes();
        Set<Route> written = writtenRules().keySet();
        Set<Route> missing = new TreeSet<>(live);
        missing.removeAll(written);
        Set<Route> stale = new TreeSet<>(written);
        stale.removeAll(live);
        assertThat(missing).as("routes without a rule in docs/permissions.md").isEmpty();
        assertThat(stale).as("rules in docs/permissions.md for routes that do not exist").isEmpty();
        assertThat(live).as("the matrix covers the routes").hasSizeGreaterThan(50);
    }

    @Test
    void everyActorIsLetThroughOrRefusedExactlyAsTheTableSays() {
        List<String> wrong = new ArrayList<>();
        int requests = 0;
        for (Map.Entry<Route, String> rule : writtenRules().entrySet()) {
            for (String actor : ACTORS) {
                Route route = rule.getKey();
                Rule parsed = Rule.parse(rule.getValue());
                boolean onTranslation = parsed.onTranslation(actor);
                boolean expected = parsed.allows(actor);
                Response response = request(actor, route, onTranslation);
                requests++;
                boolean denied = actor.equals("ANONYMOUS") && !rule.getValue().equals("public")
                        ? isSentToSignIn(response) : response.status() == 403;
                if (denied == expected) {
                    wrong.add(route + " as " + actor + ": expected " + (expected ? "allowed" : "denied") + ", got "
                            + response.status() + " " + response.location());
                } else if (response.status() >= 500) {
                    wrong.add(route + " as " + actor + ": failed with " + response.status());
                }
            }
        }
        System.out.printf("Authorization matrix: %d routes x %d actors = %d requests%n", writtenRules().size(),
                ACTORS.size(), requests);
        assertThat(wrong).as("requests the route table does not agree with").isEmpty();
    }

    /**
     * Other spellings of every route: a letter %-encoded, double-encoded, with a {@code ;}
     * parameter, a trailing slash, a dot segment and a doubled slash. Spring Security and Spring
     * MVC match the decoded, normalized path, so each spelling must be refused (a 4xx, or the
     * sign-in page for an anonymous visitor) to every actor the table refuses.
     */
    @Test
    void everyOtherSpellingOfARouteIsRefusedToWhomTheTableRefusesIt() {
        List<String> wrong = new ArrayList<>();
        Map<String, String> tokens = new LinkedHashMap<>();
        int requests = 0;
        for (Map.Entry<Route, String> rule : writtenRules().entrySet()) {
            Route route = rule.getKey();
            Rule parsed = Rule.parse(rule.getValue());
            List<String> refused = ACTORS.stream().filter(actor -> !parsed.allows(actor)).toList();
            if (refused.isEmpty()) {
                continue;
            }
            String path = fill(route.pattern(), false);
            for (String actor : refused) {
                Http http = clients.get(actor);
                for (String spelled : spellings(path)) {
                    Response response = route.method().equals("GET") ? http.get(spelled) : http.post(spelled,
                            Map.of("_csrf", tokens.computeIfAbsent(actor, a -> http.csrf("/login"))));
                    requests++;
                    if (!isSentToSignIn(response) && (response.status() < 400 || response.status() >= 500)) {
                        wrong.add(route.method() + " " + spelled + " as " + actor + ": " + response.status() + " "
                                + response.location());
                    }
                }
            }
        }
        System.out.printf("Authorization matrix, other spellings: %d requests%n", requests);
        assertThat(wrong).as("other spellings let through, or failing").isEmpty();
    }

    /** Ways to write the same back-office path that a server might read as it. */
    static List<String> spellings(String path) {
        String rest = path.substring("/admin".length());
        List<String> spelled = new ArrayList<>(List.of("/%61dmin" + rest, "/%2561dmin" + rest, "/admin;x=1" + rest,
                path + "/", "/admin/." + rest, "/" + path));
        if (rest.length() > 1) {
            spelled.add("/admin/%" + Integer.toHexString(rest.charAt(1)) + rest.substring(2));
        }
        return spelled;
    }

    /**
     * A rule of the table: "public", a permission, or "A (B for a translation)": A, or B when the
     * item is a translation.
     */
    record Rule(boolean open, Permission permission, Permission forTranslation) {

        private static final Pattern FORMAT = Pattern.compile("([A-Z_]+)(?: \\(([A-Z_]+) for a translation\\))?");

        static Rule parse(String text) {
            if (text.equals("public")) {
                return new Rule(true, null, null);
            }
            Matcher matcher = FORMAT.matcher(text);
            if (!matcher.matches()) {
                throw new IllegalStateException("not a rule: " + text);
            }
            return new Rule(false, Permission.valueOf(matcher.group(1)),
                    matcher.group(2) == null ? null : Permission.valueOf(matcher.group(2)));
        }

        /** Whether the actor is tried on a translation: it lacks the main permission but has the translation one. */
        boolean onTranslation(String actor) {
            return !open && forTranslation != null && !actor.equals("ANONYMOUS")
                    && !Role.valueOf(actor).grants(permission) && Role.valueOf(actor).grants(forTranslation);
        }

        boolean allows(String actor) {
            if (open) {
                return true;
            }
            return !actor.equals("ANONYMOUS") && (Role.valueOf(actor).grants(permission) || onTranslation(actor));
        }
    }

    private static boolean isSentToSignIn(Response response) {
        return response.status() == 302 && response.location() != null && response.location().endsWith("/login");
    }

    private Response request(String actor, Route route, boolean onTranslation) {
        Http http = clients.get(actor);
        String path = fill(route.pattern(), onTranslation);
        if (route.method().equals("GET")) {
            return http.get(path);
        }
        String csrf = http.csrf("/login");
        return http.post(path, Map.of("_csrf", csrf));
    }

    /** The route's path with a fresh fixture for each variable. */
    private String fill(String pattern, boolean onTranslation) {
        Map<String, String> values = new LinkedHashMap<>();
        Matcher matcher = VARIABLE.matcher(pattern);
        long item = pattern.startsWith("/admin/menu") ? 0 : onTranslation ? freshTranslation() : freshItem();
        while (matcher.find()) {
            String name = matcher.group(1);
            values.put(name, switch (name) {
                case "id" -> String.valueOf(pattern.startsWith("/admin/menu") ? freshMenuEntry() : item);
                case "number" -> "1";
                case "linkId" -> String.valueOf(share.share(FIXTURES, item, "Matrix", Instant.now().plusSeconds(3600)).id());
                case "token" -> share.share(FIXTURES, item, "Matrix", Instant.now().plusSeconds(3600)).token();
                case "key" -> imageKey;
                case "variant" -> "w320";
                case "userId" -> String.valueOf(users.id(users.create("matrix", "AUTHOR")));
                case "lang" -> "en";
                case "slug" -> "who-we-are";
                case "code" -> "by";
                case "theme" -> "emergencies";
                case "partner" -> "cis";
                case "form" -> "volunteer";
                case "agreement" -> "cis-memorandum-of-understanding";
                case "keyId" -> "999999";
                case "endpointId", "journalistId" -> "999999";
                default -> throw new IllegalStateException("no fixture for {" + name + "} in " + pattern
                        + ": add one to AuthorizationMatrixContract");
            });
        }
        String path = pattern;
        for (Map.Entry<String, String> value : values.entrySet()) {
            path = path.replace("{" + value.getKey() + "}", value.getValue());
        }
        return path;
    }

    /** A page nobody links to: publishing it in a test shows nothing in any list. */
    private long freshItem() {
        String slug = "matrix-" + UUID.randomUUID().toString().substring(0, 8);
        ContentDraft draft = new ContentDraft(ContentType.PAGE, null, Language.EN, "Matrix fixture " + slug, slug, null,
                "Text.", null, true, null, null, null, PageLayout.STANDARD, false, List.of(), List.of());
        return save.create(FIXTURES, draft, null);
    }

    private long freshTranslation() {
        long source = freshItem();
        String slug = "matrix-fr-" + UUID.randomUUID().toString().substring(0, 8);
        ContentDraft draft = new ContentDraft(ContentType.PAGE, null, Language.FR, "Page de test " + slug, slug, null,
                "Texte.", null, true, null, null, null, PageLayout.STANDARD, false, List.of(), List.of());
        return translate.create(FIXTURES, source, draft, "Matrix");
    }

    private long freshMenuEntry() {
        long page = freshItem();
        UUID group = jdbc.sql("SELECT translation_group FROM content_item WHERE id = :id").param("id", page)
                .query(UUID.class).single();
        return menu.add(FIXTURES, group, Language.EN, "Matrix entry");
    }

    private Set<Route> liveRoutes() {
        Set<Route> routes = new TreeSet<>();
        for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                if (SCOPE.stream().noneMatch(prefix -> pattern.equals(prefix) || pattern.startsWith(prefix + "/"))) {
                    continue;
                }
                if (methods.isEmpty()) {
                    routes.add(new Route("GET", pattern));
                }
                methods.forEach(method -> routes.add(new Route(method.name(), pattern)));
            }
        }
        return routes;
    }

    private static Map<Route, String> writtenRules() {
        Map<Route, String> rules = new LinkedHashMap<>();
        for (List<String> row : PermissionsDoc.table("Routes")) {
            rules.put(new Route(row.get(0), row.get(1)), row.get(2));
        }
        return rules;
    }
}
