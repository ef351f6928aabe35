package org.herald.search;

import java.util.List;

import org.herald.HeraldCommand;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar herald.jar reindex}: builds a complete new generation of the search index
 * from the database and names it the one in use. A node running on the same data folder keeps
 * answering from its generation meanwhile, then takes up the new one (within a second), catching
 * up on the changes made during the build.
 */
@Component
class ReindexCommand implements HeraldCommand {

    private final IndexBuilder builder;
    private final SearchIndex index;

    ReindexCommand(IndexBuilder builder, SearchIndex index) {
        this.builder = builder;
        this.index = index;
    }

    @Override
    public String name() {
        return "reindex";
    }

    @Override
    public String usage() {
        return "rebuild the search index from the database (a running node takes it up)";
    }

    @Override
    public int run(List<String> args) {
        if (!args.isEmpty()) {
            System.err.println("reindex takes no arguments");
            return 2;
        }
        Generation generation = builder.build();
        String name = generation.name();
        try {
            generation.close();
        } catch (java.io.IOException e) {
            System.err.println("Could not close the new index: " + e.getMessage());
            return 1;
        }
        index.point(name);
        System.out.println("Search index rebuilt: " + index.folder(name));
        return 0;
    }
}
