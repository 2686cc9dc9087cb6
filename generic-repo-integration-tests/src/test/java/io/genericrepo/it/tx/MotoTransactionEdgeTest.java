package io.genericrepo.it.tx;

import org.junit.jupiter.api.Tag;

/** The edge cases of transactions on moto 5.2.1's server ({@code mvn verify -Pmoto}). */
@Tag("moto")
class MotoTransactionEdgeTest extends TransactionEdgeCases {

    @Override
    TxServer start() {
        return TxServer.moto();
    }
}
