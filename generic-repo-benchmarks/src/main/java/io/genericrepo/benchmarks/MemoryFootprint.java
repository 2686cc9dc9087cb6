package io.genericrepo.benchmarks;

import io.genericrepo.inmemory.InMemoryDynamoDb;
import io.genericrepo.inmemory.value.Values;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * In a fresh JVM: the heap that 100,000 distinct items of about 1 KB take in the engine, against
 * the sum of their DynamoDB item sizes. Every item's strings are its own, so nothing is shared that
 * a real workload would not share.
 */
final class MemoryFootprint {

    private static final int ITEMS = 100_000;

    private MemoryFootprint() {}

    static void run() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        Random random = new Random(7);
        try (InMemoryDynamoDb engine = InMemoryDynamoDb.create()) {
            DynamoDbClient client = engine.client();
            Workload.createTable(client, "memory");
            long before = usedAfterGc(memory);
            long dynamoSize = 0;
            for (int i = 0; i < ITEMS; i++) {
                Map<String, AttributeValue> item = new HashMap<>(Workload.item(i, text(random, 900)));
                item.put("tags", AttributeValue.fromSs(java.util.List.of(text(random, 8), text(random, 8))));
                dynamoSize += Values.itemSize(item);
                client.putItem(b -> b.tableName("memory").item(item));
            }
            long used = usedAfterGc(memory) - before;
            System.out.printf(Locale.ROOT, "memory: %,d items, %,d bytes by DynamoDB's item size, %,d bytes of heap:"
                    + " %.2fx (goal <= 2x)%n", ITEMS, dynamoSize, used, (double) used / dynamoSize);
        }
    }

    private static String text(Random random, int length) {
        char[] chars = new char[length];
        for (int i = 0; i < length; i++) {
            chars[i] = (char) ('a' + random.nextInt(26));
        }
        return new String(chars);
    }

    private static long usedAfterGc(MemoryMXBean memory) {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }
}
