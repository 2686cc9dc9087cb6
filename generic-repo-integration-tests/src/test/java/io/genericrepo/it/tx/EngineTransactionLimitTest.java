package io.genericrepo.it.tx;

import org.junit.jupiter.api.Tag;

/** Transaction limits, idempotency and concurrency on the embedded engine. */
@Tag("engine")
class EngineTransactionLimitTest extends TransactionLimitCases {

    @Override
    TxServer start() {
        return TxServer.engine();
    }
}
