package io.genericrepo.internal.batch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.genericrepo.internal.mapping.ItemSize;
import io.genericrepo.internal.mapping.Keys;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Which writes a batch sends, in which requests, and how often each is converted to decide it. */
class BatchPlanTest {

    private final List<String> converted = new ArrayList<>();

    /** Writes as {@code "id"} or {@code "id:padding"}: the item is the id plus a string of that many bytes. */
    private final Function<String, Map<String, AttributeValue>> attributes = write -> {
        converted.add(write);
        String[] parts = write.split(":", 2);
        if (parts[0].isEmpty()) {
            throw new IllegalArgumentException("Key attribute id must not be empty");
        }
        return parts.length == 1 ? Map.of("id", AttributeValue.fromS(parts[0]))
                : Map.of("id", AttributeValue.fromS(parts[0]), "p", AttributeValue.fromS("x".repeat(Integer.parseInt(parts[1]))));
    };
    private final Function<String, BatchPlan.Checked> check = write -> {
        Map<String, AttributeValue> item = attributes.apply(write);
        return new BatchPlan.Checked(Map.of("id", item.get("id")), ItemSize.of(item));
    };

    private static List<String> ids(int n) {
        return IntStream.range(0, n).mapToObj(i -> "k" + i).toList();
    }

    private static List<int[]> requests(BatchPlan plan) {
        return IntStream.range(0, plan.requests()).mapToObj(plan::request).toList();
    }

    @Test
    void writesAreCutIntoRequestsOf25InOrderAndEachConvertedOnce() {
        BatchPlan plan = BatchPlan.of(ids(60), check);
        assertEquals(60, plan.writes());
        assertEquals(3, plan.requests());
        assertArrayEquals(IntStream.range(0, 25).toArray(), plan.request(0));
        assertArrayEquals(IntStream.range(25, 50).toArray(), plan.request(1));
        assertArrayEquals(IntStream.range(50, 60).toArray(), plan.request(2));
        assertEquals(ids(60), converted, "each write converted once, in order");
    }

    @Test
    void aRequestEndsBefore16MbAndAWriteOverItGoesAlone() {
        // the plan does not check the item size (the conversion does): writes of 1 MB show the 16 MB cut
        List<String> writes = new ArrayList<>(IntStream.range(0, 50).mapToObj(i -> String.format("%02d:%d", i, 1 << 20)).toList());
        writes.add(20, "xx:" + (17 << 20));
        List<Integer> sizes = requests(BatchPlan.of(writes, check)).stream().map(r -> r.length).toList();
        // each write is 2 + 2 + 1 + 1 MB bytes: 15 fit in 16 MB, a 16th would not
        assertEquals(List.of(15, 5, 1, 15, 15), sizes);
    }

    @Test
    void theLastWriteOfAKeyWinsAtItsOwnPositionAndOnlyRepeatedHashesAreConvertedAgain() {
        assertEquals(Keys.canonical(Map.of("id", AttributeValue.fromS("Aa"))).hashCode(),
                Keys.canonical(Map.of("id", AttributeValue.fromS("BB"))).hashCode(), "the test needs two keys of one hash");
        List<String> writes = new ArrayList<>(ids(30));
        writes.addAll(List.of("Aa", "k3", "BB", "Aa"));
        BatchPlan plan = BatchPlan.of(writes, check);
        assertEquals(32, plan.writes());
        List<Integer> sent = requests(plan).stream().flatMapToInt(IntStream::of).boxed().toList();
        List<Integer> expected = new ArrayList<>(IntStream.range(0, 34).boxed().toList());
        expected.remove(Integer.valueOf(3)); // k3 is written again at 31
        expected.remove(Integer.valueOf(30)); // the first Aa is replaced at 33
        assertEquals(expected, sent);
        List<String> again = converted.subList(34, converted.size());
        assertEquals(List.of("k3", "Aa", "k3", "BB", "Aa"), again, "only writes whose hash repeats are converted again");
    }

    @Test
    void theFirstInvalidWriteFailsThePlanAndNothingAfterItIsConverted() {
        List<String> writes = new ArrayList<>(ids(100));
        writes.set(70, "");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> BatchPlan.of(writes, check));
        assertEquals("Key attribute id must not be empty", e.getMessage());
        assertEquals(71, converted.size());
    }

    @Test
    void anEmptyBatchHasNoRequests() {
        BatchPlan plan = BatchPlan.of(Collections.<String>emptyList(), check);
        assertEquals(0, plan.writes());
        assertEquals(0, plan.requests());
    }
}
