package io.genericrepo.it;

import io.genericrepo.it.model.Customer;
import io.genericrepo.it.model.CustomerAsyncRepository;
import io.genericrepo.testing.Backend;
import io.genericrepo.testing.BackendExtension;
import java.lang.ref.Reference;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.time.Duration;
import java.util.stream.IntStream;
import org.reactivestreams.Publisher;
import org.reactivestreams.tck.PublisherVerification;
import org.reactivestreams.tck.TestEnvironment;
import org.reactivestreams.tck.TestEnvironment.ManualSubscriber;
import org.testng.annotations.AfterClass;
import org.testng.annotations.BeforeClass;
import org.testng.annotations.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;

/**
 * The Reactive Streams TCK's publisher rules, run on the async repository's publishers against
 * the run's backend (the engine, or dynalite): a scan in eight segments (published one after another, several of them empty)
 * limited to the number of elements the TCK asks for, a query of an empty partition for none, and
 * a scan of a table that does not exist for a publisher that fails. (TestNG, run on the JUnit
 * Platform by testng-engine.)
 */
public class PublisherTckTest extends PublisherVerification<Customer> {

    private static final int ITEMS = 40;
    private static final Duration COLLECTED_WITHIN = Duration.ofSeconds(10);

    private final TestEnvironment env;

    private Backend backend;
    private DynamoDbAsyncClient client;
    private CustomerAsyncRepository customers;
    private CustomerAsyncRepository missing;

    /**
     * Timeouts for a loaded machine. The TCK waits up to 30 s for each signal it expects (it goes on
     * as soon as the signal comes, so only a broken publisher takes that long); it polls for an
     * expected onError every 50 ms (its default poll is the whole timeout, slept before the first
     * look); it allows 300 ms for signals that must not come (a longer wait would only catch more);
     * and it waits 2 s after a cancel before collecting, so that a cancel finished on the client's
     * thread has let go of the subscriber however slowly that thread is scheduled (rule 3.13, whose
     * collection this class also retries, below).
     */
    public PublisherTckTest() {
        this(new TestEnvironment(30_000, 300, 50));
    }

    private PublisherTckTest(TestEnvironment env) {
        super(env, 2_000);
        this.env = env;
    }

    /**
     * Rule 3.13 as the TCK checks it (subscribe, take one, cancel, then the subscriber must be
     * collectable), with one change: the TCK collects once and waits only 100 ms for the reference
     * to be enqueued, which the JVM's reference handler does not always manage on a loaded machine.
     * This collects and waits again, up to {@link #COLLECTED_WITHIN}; a publisher that keeps the
     * subscriber still fails.
     */
    @Override
    @Test
    public void required_spec313_cancelMustMakeThePublisherEventuallyDropAllReferencesToTheSubscriber() throws Throwable {
        ReferenceQueue<ManualSubscriber<Customer>> queue = new ReferenceQueue<>();
        activePublisherTest(3, false, publisher -> {
            WeakReference<ManualSubscriber<Customer>> reference = takeOneAndCancel(publisher, queue);
            long deadline = System.nanoTime() + COLLECTED_WITHIN.toNanos();
            Reference<?> collected = null;
            while (collected == null && System.nanoTime() < deadline) {
                System.gc();
                collected = queue.remove(200);
            }
            if (collected != reference) {
                env.flop("Publisher " + publisher + " did not drop reference to test subscriber after subscription cancellation"
                        + " (not collected within " + COLLECTED_WITHIN + ")");
            }
            env.verifyNoAsyncErrorsNoDelay();
        });
    }

    /** In a method of its own, so that no frame of the test keeps the subscriber reachable. */
    private WeakReference<ManualSubscriber<Customer>> takeOneAndCancel(Publisher<Customer> publisher,
            ReferenceQueue<ManualSubscriber<Customer>> queue) throws InterruptedException {
        ManualSubscriber<Customer> subscriber = env.newManualSubscriber(publisher);
        WeakReference<ManualSubscriber<Customer>> reference = new WeakReference<>(subscriber, queue);
        subscriber.request(1);
        subscriber.nextElement();
        subscriber.cancel();
        return reference;
    }

    @BeforeClass
    public void fill() {
        backend = Backend.start(Backend.configured()); // TestNG: no JUnit extension, so the backend is its own
        client = backend.asyncClient();
        customers = CustomerAsyncRepository.builder().client(client).tableName(BackendExtension.uniqueTableName("tck"))
                .build();
        missing = CustomerAsyncRepository.builder().client(client).tableName(BackendExtension.uniqueTableName("absent"))
                .build();
        customers.createTable().join();
        customers.saveAll(IntStream.range(0, ITEMS).mapToObj(i -> new Customer("id-" + i, "n" + i, null)).toList()).join();
    }

    @AfterClass
    public void stop() {
        customers.close();
        missing.close();
        client.close();
        backend.close();
    }

    @Override
    public Publisher<Customer> createPublisher(long elements) {
        if (elements == 0) {
            return customers.query("nobody").stream();
        }
        return customers.scan().parallel(8).limit((int) elements).stream();
    }

    @Override
    public Publisher<Customer> createFailedPublisher() {
        return missing.scan().stream();
    }

    @Override
    public long maxElementsFromPublisher() {
        return ITEMS;
    }
}
