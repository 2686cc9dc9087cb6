package io.genericrepo.it.tx;

import org.junit.jupiter.api.Tag;

/** The transaction cases on the embedded engine (tagged so: dynalite has no transactions). */
@Tag("engine")
class EngineTransactionTest extends TransactionCases {

    @Override
    TxServer start() {
        return TxServer.engine();
    }
}
