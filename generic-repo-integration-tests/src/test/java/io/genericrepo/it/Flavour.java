package io.genericrepo.it;

import io.genericrepo.BuilderSettings;
import io.genericrepo.it.model.Customer;
import io.genericrepo.it.model.CustomerAsyncRepository;
import io.genericrepo.it.model.CustomerRepository;
import io.genericrepo.it.model.Order;
import io.genericrepo.it.model.OrderAsyncRepository;
import io.genericrepo.it.model.OrderKey;
import io.genericrepo.it.model.OrderRepository;
import io.genericrepo.testing.BackendExtension;
import java.util.function.Consumer;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** The two repositories one test case runs on: sync and async, each over its own client. */
enum Flavour {
    SYNC, ASYNC;

    /** The clients a flavour's repositories use. */
    record Clients(DynamoDbClient sync, DynamoDbAsyncClient async) {}

    Repo<Order, OrderKey, String> orders(Clients clients, String prefix, Consumer<BuilderSettings<?>> settings) {
        String table = BackendExtension.uniqueTableName(prefix);
        if (this == SYNC) {
            OrderRepository.Builder b = OrderRepository.builder().client(clients.sync()).tableName(table);
            settings.accept(b);
            return Repo.sync(b.build());
        }
        OrderAsyncRepository.Builder b = OrderAsyncRepository.builder().client(clients.async()).tableName(table);
        settings.accept(b);
        return Repo.async(b.build());
    }

    Repo<Customer, String, String> customers(Clients clients, String prefix, Consumer<BuilderSettings<?>> settings) {
        String table = BackendExtension.uniqueTableName(prefix);
        if (this == SYNC) {
            CustomerRepository.Builder b = CustomerRepository.builder().client(clients.sync()).tableName(table);
            settings.accept(b);
            return Repo.sync(b.build());
        }
        CustomerAsyncRepository.Builder b = CustomerAsyncRepository.builder().client(clients.async()).tableName(table);
        settings.accept(b);
        return Repo.async(b.build());
    }
}
