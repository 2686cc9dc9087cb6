package io.genericrepo.inmemory.conformance;

import io.genericrepo.inmemory.InMemoryDynamoDb;
import java.util.Map;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;

/**
 * A fresh engine with the differential schema's tables, for the targeted tests, and the small
 * helpers they share: values by type letter and the error code of a failed call.
 */
final class EngineTables implements AutoCloseable {

    final InMemoryDynamoDb engine = InMemoryDynamoDb.create();
    final DynamoDbClient client = engine.client();
    final Schema schema = Schema.standard();

    EngineTables() {
        schema.tables().forEach(t -> client.createTable(t.createRequest()));
    }

    /** conf_str: S partition key, S sort key, GSI gsi_inc (status, gs; INCLUDE n, a.b), LSI lsi_all (pk, gs). */
    static final String STR = "conf_str";
    /** conf_num: S partition key, N sort key, GSIs gsi_all (gp, gs), gsi_keys (gp, ls; KEYS_ONLY), LSI lsi_inc (pk, ls; INCLUDE a, tags). */
    static final String NUM = "conf_num";

    static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }

    static AttributeValue n(String value) {
        return AttributeValue.fromN(value);
    }

    static Map<String, AttributeValue> key(String pk, AttributeValue sk) {
        return Map.of("pk", s(pk), "sk", sk);
    }

    /** @return the error code the call failed with, or "no error" */
    static String errorCode(Runnable call) {
        try {
            call.run();
            return "no error";
        } catch (AwsServiceException e) {
            return e.awsErrorDetails().errorCode();
        }
    }

    /** @return the message of the DynamoDB error the call failed with, or "no error" */
    static String errorMessage(Runnable call) {
        try {
            call.run();
            return "no error";
        } catch (DynamoDbException e) {
            return e.awsErrorDetails().errorMessage();
        }
    }

    @Override
    public void close() {
        engine.close();
    }
}
