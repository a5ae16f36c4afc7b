package fr.aiguilleur.bot.instances;

import fr.aiguilleur.bot.telegram.FakeBotApi;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Three instances of the packaged service on a Redis Cluster of three masters (REDIS_CLUSTER_NODES). */
class ClusterInstancesTests {

    @TempDir
    static Path dir;

    static List<RedisProcess> cluster;
    static FakeBotApi botApi;
    static final List<Instance> instances = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        cluster = RedisTopologies.cluster(dir, 3);
        botApi = new FakeBotApi();
        var environment = Instance.environment(botApi.url(),
                Map.of("REDIS_CLUSTER_NODES", RedisTopologies.clusterNodes(cluster)));
        var starting = IntStream.range(0, 3).mapToObj(i -> CompletableFuture.supplyAsync(
                () -> Instance.start("cluster-" + i, Instance.LOGS, environment))).toList();
        var started = new ArrayList<Instance>();
        for (var instance : starting) {
            started.add(instance.get());
        }
        instances.addAll(started);
    }

    @AfterAll
    static void stop() {
        instances.forEach(Instance::kill);
        if (botApi != null) {
            botApi.close();
        }
        if (cluster != null) {
            cluster.forEach(RedisProcess::kill);
        }
    }

    @Test
    void threeHundredConversationsWithRepeatsAndAnInstanceKilledAreEachAnsweredOnceInOrder() throws Exception {
        CrowdRun.run("3-master cluster, three instances", new TelegramCrowd(botApi, () -> instances), instances,
                8_100_000);
    }
}
