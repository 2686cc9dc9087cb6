package io.genericrepo.internal.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.genericrepo.Condition;
import io.genericrepo.path.AttributePath;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The page-limit rules every reader shares. */
class PageLimitsTest {

    @Test
    void withoutALimitNothingIsEverEnough() {
        assertFalse(PageLimits.reached(null, 0));
        assertFalse(PageLimits.reached(null, Long.MAX_VALUE));
        assertNull(PageLimits.toSend(null, false, 5), "no Limit sent: DynamoDB's own page size");
        assertEquals(1234, PageLimits.capped(null, 1234));
    }

    @Test
    void aLimitIsReachedAtExactlyItsItemsAndStaysReached() {
        assertFalse(PageLimits.reached(3, 0));
        assertFalse(PageLimits.reached(3, 2));
        assertTrue(PageLimits.reached(3, 3));
        assertTrue(PageLimits.reached(3, 4), "claimed past the limit by concurrent segments");
    }

    @Test
    void anUnfilteredReadAsksForTheItemsStillMissing() {
        assertEquals(10, PageLimits.toSend(10, false, 0));
        assertEquals(3, PageLimits.toSend(10, false, 7));
        assertEquals(1, PageLimits.toSend(10, false, 9));
    }

    @Test
    void theLimitSentIsNeverBelowOneEvenWhenOthersTookTheRest() {
        assertEquals(1, PageLimits.toSend(10, false, 10), "DynamoDB refuses Limit 0");
        assertEquals(1, PageLimits.toSend(10, false, 25));
    }

    @Test
    void aFilteredReadSendsNoLimitSinceDynamoDbWouldCountUnmatchedItems() {
        assertNull(PageLimits.toSend(10, true, 0));
        assertNull(PageLimits.toSend(10, true, 9));
    }

    @Test
    void aReadsSpecGivesItsLimitAndFilter() {
        ReadSpec scan = new ReadSpec("t", null, null, null, null, false, 5, false, List.of(), null, null);
        assertEquals(2, PageLimits.toSend(scan, 3));
        ReadSpec hidingExpired = new ReadSpec("t", null, null, null, new Condition.NotExists<>(AttributePath.of("ttl")), false,
                5, false, List.of(), null, null);
        assertNull(PageLimits.toSend(hidingExpired, 3), "the TTL filter counts as a filter");
        assertNull(PageLimits.toSend(scan.unlimited(), 3));
    }

    @Test
    void aCountIsCappedAtTheLimit() {
        assertEquals(5, PageLimits.capped(5, 12));
        assertEquals(4, PageLimits.capped(5, 4));
        assertEquals(0, PageLimits.capped(5, 0));
    }
}
