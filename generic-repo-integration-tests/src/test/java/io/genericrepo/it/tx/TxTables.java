package io.genericrepo.it.tx;

import io.genericrepo.it.model.Account;
import io.genericrepo.it.model.AccountAsyncRepository;
import io.genericrepo.it.model.AccountRepository;
import io.genericrepo.it.model.Customer;
import io.genericrepo.it.model.CustomerAsyncRepository;
import io.genericrepo.it.model.CustomerRepository;
import io.genericrepo.it.model.Order;
import io.genericrepo.it.model.OrderAsyncRepository;
import io.genericrepo.it.model.OrderKey;
import io.genericrepo.it.model.OrderRepository;
import io.genericrepo.it.model.Transfer;
import io.genericrepo.it.model.TransferAsyncRepository;
import io.genericrepo.it.model.TransferRepository;
import io.genericrepo.testing.BackendExtension;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** The four tables of a transaction case, created fresh, all on one client of the mode's kind. */
final class TxTables implements AutoCloseable {

    /** Sync repositories and transactions, or async ones. */
    enum Mode { SYNC, ASYNC }

    final Mode mode;
    final TxTable<Order, OrderKey> orders;
    final TxTable<Customer, String> customers;
    final TxTable<Account, String> accounts;
    final TxTable<Transfer, String> transfers;

    final DynamoDbClient client;
    final DynamoDbAsyncClient asyncClient;

    TxTables(Mode mode, TxServer server, ExecutionInterceptor... interceptors) {
        this.mode = mode;
        this.client = server.client(interceptors);
        this.asyncClient = server.asyncClient(interceptors);
        if (mode == Mode.SYNC) {
            orders = new TxTable<>(OrderRepository.builder().client(client).tableName(name("orders")).build(), null);
            customers = new TxTable<>(CustomerRepository.builder().client(client).tableName(name("customers")).build(),
                    null);
            accounts = new TxTable<>(AccountRepository.builder().client(client).tableName(name("accounts")).build(), null);
            transfers = new TxTable<>(TransferRepository.builder().client(client).tableName(name("transfers")).build(),
                    null);
        } else {
            orders = new TxTable<>(null, OrderAsyncRepository.builder().client(asyncClient).tableName(name("orders"))
                    .build());
            customers = new TxTable<>(null, CustomerAsyncRepository.builder().client(asyncClient)
                    .tableName(name("customers")).build());
            accounts = new TxTable<>(null, AccountAsyncRepository.builder().client(asyncClient)
                    .tableName(name("accounts")).build());
            transfers = new TxTable<>(null, TransferAsyncRepository.builder().client(asyncClient)
                    .tableName(name("transfers")).build());
        }
        orders.createTable();
        customers.createTable();
        accounts.createTable();
        transfers.createTable();
    }

    private static String name(String prefix) {
        return BackendExtension.uniqueTableName("tx-" + prefix);
    }

    Tx write() {
        return Tx.write(mode == Mode.ASYNC);
    }

    Tx read() {
        return Tx.read(mode == Mode.ASYNC);
    }

    @Override
    public void close() {
        orders.close();
        customers.close();
        accounts.close();
        transfers.close();
        client.close();
        asyncClient.close();
    }
}
