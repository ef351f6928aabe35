package org.herald.search;

import java.util.List;

import org.herald.HeraldCommand;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar herald.jar reindex}: builds a complete new generation of the search index
 * from the database and names it the one in use. A node running on the same data folder keeps
 * answering from its generation meanwhile, then takes up the new one (within a second), catching
 * up on the changes made during the build, and deletes the folder it left. The command deletes
 * the folders of older generations that no process holds open, so that after any number of
 * reindexes only the generation in use is left (and, for a moment, the one a node is leaving).
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
        try {
            index.replaceWith(generation);
        } catch (java.io.IOException e) {
            System.err.println("Could not close the new index: " + e.getMessage());
            return 1;
        }
        System.out.println("Search index rebuilt: " + index.folder(generation.name()));
        return 0;
    }
}
