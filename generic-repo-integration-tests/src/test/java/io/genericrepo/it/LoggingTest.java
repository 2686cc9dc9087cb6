package io.genericrepo.it;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.genericrepo.it.model.Customer;
import io.genericrepo.it.model.CustomerRepository;
import io.genericrepo.testing.BackendExtension;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Each request is logged at DEBUG with operation, table, key and latency, and item values are not
 * logged above TRACE. slf4j-simple writes to {@code target/integration-tests.log} (see
 * {@code simplelogger.properties}), with {@code io.genericrepo} at DEBUG.
 */
@ExtendWith(BackendExtension.class)
class LoggingTest {

    private static final Path LOG = Path.of("target/integration-tests.log");

    @Test
    void eachRequestIsLoggedAtDebugWithoutItemValues(DynamoDbClient client) throws IOException {
        String table = BackendExtension.uniqueTableName("logged");
        try (CustomerRepository customers = CustomerRepository.builder().client(client).tableName(table).build()) {
            customers.createTable();
            customers.save(new Customer("log-1", "A Secret Name", "secret@example.com"));
            customers.load("log-1");
            customers.delete("log-1");
        }
        List<String> lines = Files.readAllLines(LOG, StandardCharsets.UTF_8).stream()
                .filter(l -> l.contains(table)).toList();
        for (String operation : List.of("CreateTable", "PutItem", "GetItem", "DeleteItem")) {
            String key = operation.equals("CreateTable") ? "" : "id=log-1";
            Pattern expected = Pattern.compile("DEBUG io\\.genericrepo - " + operation + " " + Pattern.quote(table)
                    + " \\[" + key + "\\] \\d+ ms");
            assertTrue(lines.stream().anyMatch(l -> expected.matcher(l).find()),
                    operation + " logged with table, key and latency in " + lines);
        }
        assertFalse(lines.stream().anyMatch(l -> l.contains("Secret") || l.contains("secret@")),
                "item values are only logged at TRACE");
    }
}
