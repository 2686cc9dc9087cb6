package io.genericrepo.inmemory.conformance;

import io.genericrepo.inmemory.InMemoryDynamoDb;
import io.genericrepo.testing.DynaliteServer;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The two sides of a differential run: the reference (dynalite) and the subject, which is the
 * engine unless {@code -Dconformance.subject=dynalite} asks for a second dynalite (to debug the
 * harness itself: then every operation must match). Closes whatever it started.
 */
final class Sides implements AutoCloseable {

    private final List<Runnable> resources = new ArrayList<>();
    final DynamoDbClient reference;
    final DynamoDbClient subject;
    final String subjectName;

    Sides() {
        DynaliteServer server = DynaliteServer.start();
        resources.add(server::close);
        reference = server.newClient();
        resources.add(reference::close);
        subjectName = System.getProperty("conformance.subject", "engine").isBlank() ? "engine"
                : System.getProperty("conformance.subject", "engine");
        if (subjectName.equals("dynalite")) {
            DynaliteServer second = DynaliteServer.start();
            resources.add(second::close);
            subject = second.newClient();
        } else {
            InMemoryDynamoDb engine = InMemoryDynamoDb.create();
            resources.add(engine::close);
            subject = engine.client();
        }
        resources.add(subject::close);
    }

    @Override
    public void close() {
        for (int i = resources.size() - 1; i >= 0; i--) {
            resources.get(i).run();
        }
    }
}
