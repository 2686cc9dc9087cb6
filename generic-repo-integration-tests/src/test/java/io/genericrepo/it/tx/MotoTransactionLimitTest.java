package io.genericrepo.it.tx;

import org.junit.jupiter.api.Tag;

/** Transaction limits, idempotency and concurrency on moto 5.2.1's server ({@code mvn verify -Pmoto}). */
@Tag("moto")
class MotoTransactionLimitTest extends TransactionLimitCases {

    @Override
    TxServer start() {
        return TxServer.moto();
    }

    /**
     * moto 5.2.1 ignores ClientRequestToken and applies a repeated commit again; DynamoDB
     * documents that a token makes the commit idempotent for 10 minutes (the engine follows the
     * docs). On moto the case checks that the same token is sent and shows the second application.
     */
    @Override
    boolean honoursClientRequestTokens() {
        return false;
    }

    /**
     * moto 5.2.1 applies concurrent TransactWriteItems without isolation: in a trial run with eight
     * threads the balances summed to 1469 instead of 1000 and some requests failed with HTTP 500.
     * DynamoDB documents serializable isolation (the engine follows it); on moto the same 8 × 100
     * transfers run one writer at a time.
     */
    @Override
    int concurrentWriters() {
        return 1;
    }

    /**
     * moto 5.2.1 still refuses more than 25 gets in a TransactGetItems, DynamoDB's old limit;
     * DynamoDB's documentation (and the engine) take 100. On moto the case shows moto's refusal.
     */
    @Override
    int maxGetsPerReadTransaction() {
        return 25;
    }
}
