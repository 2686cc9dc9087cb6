package io.genericrepo.it.tx;

import org.junit.jupiter.api.Tag;

/** The edge cases of transactions on the embedded engine (tagged so: dynalite has no transactions). */
@Tag("engine")
class EngineTransactionEdgeTest extends TransactionEdgeCases {

    @Override
    TxServer start() {
        return TxServer.engine();
    }
}
