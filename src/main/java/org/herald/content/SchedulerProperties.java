package org.herald.content;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The publishing scheduler that runs in every node.
 *
 * @param enabled  whether this node publishes and unpublishes what is due (on by default; every
 *                 node may run it, they never publish the same item twice)
 * @param interval how often the node looks for due items; an item goes live at most about this
 *                 long after its time
 * @param node     this node's name in the audit log; the host name and process id when empty
 */
@ConfigurationProperties("herald.scheduler")
public record SchedulerProperties(@DefaultValue("true") boolean enabled, @DefaultValue("1s") Duration interval,
                                  String node) {

    /** This node's name: the one set, else the process id and host name, which no other live node shares. */
    public String nodeName() {
        if (node != null && !node.isBlank()) {
            return node;
        }
        String host;
        try {
            host = java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.net.UnknownHostException e) {
            host = "unknown-host";
        }
        return ProcessHandle.current().pid() + "@" + host;
    }
}
