package io.genericrepo.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock that moves only when a test moves it, shared by the engine (its TTL sweep) and the
 * repositories under test (TTL filling and hiding), so that expiry is tested without sleeping.
 *
 * <pre>{@code
 * ManualClock clock = new ManualClock(Instant.parse("2026-01-01T00:00:00Z"));
 * clock.advance(Duration.ofDays(31));
 * }</pre>
 */
public final class ManualClock extends Clock {

    private final AtomicReference<Instant> now;

    /** @param start the time the clock shows until it is moved */
    public ManualClock(Instant start) {
        this.now = new AtomicReference<>(start);
    }

    /** @return a clock that shows the present moment until it is moved */
    public static ManualClock startingNow() {
        return new ManualClock(Instant.now());
    }

    /**
     * @param by how far to move the clock forward (or back, when negative)
     * @return the new time
     */
    public Instant advance(Duration by) {
        return now.updateAndGet(t -> t.plus(by));
    }

    /** @param time the time the clock shows from now on */
    public void set(Instant time) {
        now.set(time);
    }

    @Override
    public Instant instant() {
        return now.get();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        if (zone.equals(ZoneOffset.UTC)) {
            return this;
        }
        throw new UnsupportedOperationException("a ManualClock shows UTC only");
    }

    @Override
    public String toString() {
        return "ManualClock[" + now.get() + "]";
    }
}
