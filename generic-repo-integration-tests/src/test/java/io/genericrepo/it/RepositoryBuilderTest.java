package io.genericrepo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.genericrepo.it.model.Customer;
import io.genericrepo.it.model.CustomerRepository;
import io.genericrepo.testing.Backend;
import io.genericrepo.testing.BackendExtension;
import io.genericrepo.testing.DynaliteServer;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Where a repository's client comes from, which table it uses, and what it closes. */
@ExtendWith(BackendExtension.class)
class RepositoryBuilderTest {

    @Test
    @Tag("http") // the builder's own client needs a server to talk to
    void aRepositoryBuildsAndClosesItsOwnClient(Backend backend) {
        CustomerRepository own = CustomerRepository.builder()
                .endpoint(backend.endpoint().orElseThrow())
                .region("us-east-1")
                .credentials(DynaliteServer.credentials())
                .tableName(BackendExtension.uniqueTableName("own-client"))
                .build();
        own.createTable();
        own.save(new Customer("c-1", "Own", null));
        assertEquals("Own", own.loadOrThrow("c-1").name());
        own.close();
        assertThrows(IllegalStateException.class, () -> own.load("c-1"), "its client is closed with it");
    }

    @Test
    void aClientPassedInStaysOpen(Backend backend) {
        try (DynamoDbClient client = backend.client()) {
            String table = BackendExtension.uniqueTableName("given-client");
            try (CustomerRepository repository = CustomerRepository.builder().client(client).tableName(table).build()) {
                repository.createTable();
                repository.save(new Customer("c-1", "Given", null));
            }
            Map<String, AttributeValue> raw = client.getItem(b -> b.tableName(table)
                    .key(Map.of("id", AttributeValue.fromS("c-1")))).item();
            assertEquals("Given", raw.get("name").s(), "the client still works after the repository closed");
        }
    }

    @Test
    void theTableNameDefaultsToTheAnnotationAndCanBeOverridden(DynamoDbClient client) {
        try (CustomerRepository byAnnotation = CustomerRepository.builder().client(client).build();
                CustomerRepository overridden = CustomerRepository.builder().client(client).tableName("dev-customers").build()) {
            assertEquals("customers", byAnnotation.tableName());
            assertEquals("dev-customers", overridden.tableName());
            overridden.createTable();
            overridden.save(new Customer("c-9", "Dev", "dev@example.com"));
            Map<String, AttributeValue> raw = client.getItem(b -> b.tableName("dev-customers")
                    .key(Map.of("id", AttributeValue.fromS("c-9")))).item();
            assertEquals("dev@example.com", raw.get("e-mail").s(), "@Attribute(name) is the stored name");
        }
    }

    @Test
    void anInvalidTableNameIsRefusedAtOnce() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CustomerRepository.builder().tableName("no spaces"));
        assertEquals("tableName(\"no spaces\") is not a valid DynamoDB table name: 3-255 characters of [a-zA-Z0-9_.-]",
                e.getMessage());
    }

    @Test
    void aClientAndEndpointSettingsDoNotMix(DynamoDbClient client) {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> CustomerRepository.builder()
                .client(client).endpoint(URI.create("http://127.0.0.1:1")).build());
        assertTrue(e.getMessage().startsWith("Set either client(...) or region/endpoint/credentials, not both"),
                e.getMessage());
    }
}
