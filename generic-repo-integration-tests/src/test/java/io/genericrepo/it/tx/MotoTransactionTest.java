package io.genericrepo.it.tx;

import org.junit.jupiter.api.Tag;

/** The transaction cases on moto 5.2.1's server ({@code mvn verify -Pmoto}). */
@Tag("moto")
class MotoTransactionTest extends TransactionCases {

    @Override
    TxServer start() {
        return TxServer.moto();
    }

    /**
     * moto 5.2.1 fails the whole request with a ValidationException where DynamoDB's documentation
     * lists the same message as a cancellation reason ({@code ValidationError}) of the one action;
     * the docs win (the engine follows them), and on moto the case checks that nothing is written.
     */
    @Override
    boolean cancelsOnValidationError() {
        return false;
    }
}
