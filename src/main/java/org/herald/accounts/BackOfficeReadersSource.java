package org.herald.accounts;

import java.util.Arrays;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import org.herald.web.BackOfficeReader;
import org.herald.web.BackOfficeReaders;
import org.springframework.stereotype.Component;

/** The back office's reader: the signed-in user, the permissions of their role, their zone. */
@Component
class BackOfficeReadersSource implements BackOfficeReaders {

    private final CurrentActor actors;
    private final UserDirectory users;

    BackOfficeReadersSource(CurrentActor actors, UserDirectory users) {
        this.actors = actors;
        this.users = users;
    }

    @Override
    public BackOfficeReader of(HttpServletRequest request) {
        Actor actor = actors.of(request);
        return new BackOfficeReader(actor.userId(), actor.name(), Arrays.stream(Permission.values())
                .filter(actor::can).map(Permission::name).collect(Collectors.toSet()), users.zoneOf(actor));
    }
}
