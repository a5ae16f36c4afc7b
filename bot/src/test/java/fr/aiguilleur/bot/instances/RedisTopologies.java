package fr.aiguilleur.bot.instances;

import static org.awaitility.Awaitility.await;

import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulRedisConnection;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * Redis as operators run it for several instances: a cluster of three masters, or Sentinel. The
 * cluster also serves the store tests that check their scripts keep to one hash slot.
 */
public final class RedisTopologies {

    private RedisTopologies() {
    }

    /**
     * Three cluster nodes, joined (CLUSTER MEET) with the 16,384 slots split between them
     * (CLUSTER ADDSLOTS), as {@code redis-cli --cluster create} would, through Lettuce.
     */
    public static List<RedisProcess> cluster(Path dir, int masters) {
        var nodes = new ArrayList<RedisProcess>();
        for (int i = 0; i < masters; i++) {
            nodes.add(RedisProcess.start(dir, "--cluster-enabled", "yes", "--cluster-config-file", "nodes.conf",
                    "--cluster-node-timeout", "2000", "--appendonly", "no"));
        }
        for (int i = 0; i < masters; i++) {
            int from = 16384 * i / masters;
            int to = 16384 * (i + 1) / masters;
            RedisProcess node = nodes.get(i);
            on(node, commands -> commands.clusterAddSlots(IntStream.range(from, to).toArray()));
            for (RedisProcess other : nodes) {
                if (other != node) {
                    on(node, commands -> commands.clusterMeet("127.0.0.1", other.port));
                }
            }
        }
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> nodes.stream()
                .allMatch(node -> on(node, commands -> commands.clusterInfo()).contains("cluster_state:ok")));
        return nodes;
    }

    public static String clusterNodes(List<RedisProcess> nodes) {
        return String.join(",", nodes.stream().map(RedisProcess::address).toList());
    }

    /** A master, its replica, and one sentinel watching them (quorum 1, down after a second). */
    record Sentinel(RedisProcess master, RedisProcess replica, RedisProcess sentinel) implements AutoCloseable {

        static final String MASTER = "aiguilleur";

        static Sentinel start(Path dir) {
            RedisProcess master = RedisProcess.start(dir, "--appendonly", "yes");
            RedisProcess replica = RedisProcess.start(dir, "--appendonly", "yes", "--replicaof", "127.0.0.1",
                    Integer.toString(master.port));
            RedisProcess sentinel = RedisProcess.startWith(dir, """
                    sentinel monitor %s 127.0.0.1 %d 1
                    sentinel down-after-milliseconds %s 1000
                    sentinel failover-timeout %s 4000
                    """.formatted(MASTER, master.port, MASTER, MASTER), "--sentinel");
            await().atMost(Duration.ofSeconds(20)).until(() -> on(master, commands -> commands.info("replication"))
                    .contains("connected_slaves:1"));
            return new Sentinel(master, replica, sentinel);
        }

        String url() {
            return "redis-sentinel://127.0.0.1:" + sentinel.port + "/0#" + MASTER;
        }

        /** The port of the master Sentinel names now. */
        int masterPort() {
            RedisClient client = RedisClient.create(RedisURI.create(sentinel.url()));
            try (var connection = client.connectSentinel()) {
                return ((java.net.InetSocketAddress) connection.sync().getMasterAddrByName(MASTER)).getPort();
            } finally {
                client.shutdown(Duration.ZERO, Duration.ofSeconds(1));
            }
        }

        @Override
        public void close() {
            master.kill();
            replica.kill();
            sentinel.kill();
        }
    }

    static <T> T on(RedisProcess node, Function<io.lettuce.core.api.sync.RedisCommands<String, String>, T> command) {
        RedisClient client = RedisClient.create(RedisURI.create(node.url()));
        try (StatefulRedisConnection<String, String> connection = client.connect()) {
            return command.apply(connection.sync());
        } finally {
            client.shutdown(Duration.ZERO, Duration.ofSeconds(1));
        }
    }
}
