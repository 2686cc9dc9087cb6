package io.genericrepo.it.tx;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/** Cases that run on one server for the whole class, the one a subclass starts. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class OnTxServer {

    private TxServer server;

    /** @return the server the cases run on, started */
    abstract TxServer start();

    @BeforeAll
    void startServer() {
        server = start();
    }

    @AfterAll
    void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    TxServer server() {
        return server;
    }
}
