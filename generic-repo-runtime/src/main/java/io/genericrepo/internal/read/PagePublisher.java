package io.genericrepo.internal.read;

import io.genericrepo.internal.execution.Futures;
import io.genericrepo.internal.execution.Runner;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import org.reactivestreams.Publisher;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A Reactive Streams publisher of the items of a query or scan, held to the Reactive Streams TCK
 * ({@code PublisherTckTest}). The first page is read on subscribe, so that a read that fails (a
 * missing table) or finds nothing signals {@code onError} or {@code onComplete} without waiting
 * for demand; every further page is read only when the subscriber has demand and the previous
 * page is used up, so memory stays at one page. The reads (several for the segments of a parallel
 * scan, read one after another) go through the {@link Runner}, and so are logged like every other
 * request. Without a filter, DynamoDB's {@code Limit} is the number of items still to publish.
 * Internal.
 */
public final class PagePublisher implements Publisher<Map<String, AttributeValue>> {

    private final Runner runner;
    private final List<ReadSpec> reads;
    private final Integer limit;

    /**
     * @param runner runs the page requests
     * @param reads the reads, in order
     * @param limit the most items to publish in all, or null
     */
    public PagePublisher(Runner runner, List<ReadSpec> reads, Integer limit) {
        this.runner = runner;
        this.reads = List.copyOf(reads);
        this.limit = limit;
    }

    @Override
    public void subscribe(Subscriber<? super Map<String, AttributeValue>> subscriber) {
        Objects.requireNonNull(subscriber, "Reactive Streams rule 1.9: the subscriber must not be null");
        new PageSubscription(subscriber).start();
    }

    /** One subscriber's progress. Signals are serialised by a work-in-progress counter. */
    private final class PageSubscription implements Subscription {
        private Subscriber<? super Map<String, AttributeValue>> subscriber;
        private final AtomicInteger wip = new AtomicInteger();
        private final Deque<Map<String, AttributeValue>> buffer = new ArrayDeque<>();
        private long demand;
        private long published;
        private int read;
        private Map<String, AttributeValue> start;
        private boolean fetched;
        private boolean fetching;
        private boolean finished;
        private volatile boolean cancelled;
        private Throwable failure;

        PageSubscription(Subscriber<? super Map<String, AttributeValue>> subscriber) {
            this.subscriber = subscriber;
        }

        /**
         * Signals {@code onSubscribe} while holding the drain, so that a page read that completes on
         * another thread while {@code onSubscribe} is still running (the subscriber requested in it)
         * waits for it to return before signalling {@code onNext} (rule 1.3: signals are serial).
         */
        void start() {
            wip.incrementAndGet();
            subscriber.onSubscribe(this);
            loop();
        }

        @Override
        public void request(long n) {
            synchronized (this) {
                if (n <= 0) {
                    failure = new IllegalArgumentException("Reactive Streams rule 3.9: request(" + n + ") must be positive");
                } else {
                    demand = demand + n < 0 ? Long.MAX_VALUE : demand + n;
                }
            }
            drain();
        }

        @Override
        public void cancel() {
            cancelled = true;
            drain(); // lets go of the subscriber and the buffer (rule 3.13)
        }

        private void drain() {
            if (wip.getAndIncrement() != 0) {
                return;
            }
            loop();
        }

        private void loop() {
            do {
                step();
                if (cancelled || finished) {
                    release();
                }
            } while (wip.decrementAndGet() != 0);
        }

        private void release() {
            subscriber = null;
            synchronized (this) {
                buffer.clear();
            }
        }

        private void step() {
            while (!cancelled && !finished) {
                Map<String, AttributeValue> next;
                Throwable error;
                boolean empty;
                boolean wanted;
                synchronized (this) {
                    error = failure;
                    next = error == null && demand > 0 && !buffer.isEmpty() ? buffer.poll() : null;
                    if (next != null) {
                        demand--;
                        published++;
                    }
                    empty = buffer.isEmpty();
                    wanted = demand > 0 || !fetched;
                }
                if (error != null) {
                    finished = true;
                    subscriber.onError(error);
                    return;
                }
                if (next != null) {
                    subscriber.onNext(next);
                    if (PageLimits.reached(limit, published)) {
                        finished = true;
                        subscriber.onComplete();
                        return;
                    }
                    continue;
                }
                if (!empty || fetching) {
                    return; // waits for demand, or for the page being read
                }
                if (read >= reads.size()) {
                    finished = true; // nothing left: completes without waiting for demand (rule 1.5)
                    subscriber.onComplete();
                    return;
                }
                if (wanted) {
                    fetch();
                }
                return;
            }
        }

        private void fetch() {
            fetching = true;
            fetched = true;
            ReadSpec spec = reads.get(read);
            runner.call(ReadRequests.page(spec, start, PageLimits.toSend(limit, spec.filtered(), published), false)).whenComplete((page, e) -> {
                synchronized (this) {
                    if (e != null) {
                        failure = Futures.cause(e);
                    } else if (!cancelled) {
                        buffer.addAll(page.items());
                        start = page.lastEvaluatedKey();
                        if (!page.hasNext()) {
                            read++;
                            start = null;
                        }
                    }
                    fetching = false;
                }
                drain();
            });
        }
    }
}
