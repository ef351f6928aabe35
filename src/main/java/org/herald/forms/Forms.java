package org.herald.forms;

import java.util.List;
import java.util.Optional;

import org.herald.changes.Dependencies;
import org.springframework.stereotype.Service;

/** The forms as the public site and other modules read them. */
@Service
public class Forms {

    private final FormStore store;

    Forms(FormStore store) {
        this.store = store;
    }

    /** The form at this address; a page that shows it is evicted when it changes. */
    public Optional<StoredForm> find(String slug) {
        Optional<StoredForm> form = store.find(slug);
        form.ifPresentOrElse(found -> Dependencies.on(SaveForm.ENTITY, found.id()),
                () -> Dependencies.onAny(SaveForm.ENTITY));
        return form;
    }

    public List<StoredForm> all() {
        return store.all();
    }
}
