package io.genericrepo.inmemory.action;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import software.amazon.awssdk.awscore.DefaultAwsResponseMetadata;
import software.amazon.awssdk.http.SdkHttpResponse;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbResponse;

/**
 * What every answer carries besides its data, as the SDK's HTTP clients fill it: an HTTP 200
 * {@code sdkHttpResponse()} and {@code responseMetadata()} with a request id, so that code that
 * logs or checks them works on the engine too.
 */
final class Responses {

    private static final SdkHttpResponse OK = SdkHttpResponse.builder().statusCode(200).statusText("OK").build();

    private Responses() {}

    /** Sets the HTTP status and a fresh request id on a response builder. */
    static <B extends DynamoDbResponse.Builder> B ok(B builder) {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        builder.sdkHttpResponse(OK);
        builder.responseMetadata(DefaultAwsResponseMetadata.create(
                Map.of("AWS_REQUEST_ID", new UUID(r.nextLong(), r.nextLong()).toString())));
        return builder;
    }
}
