package io.genericrepo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.genericrepo.it.model.CustomerAsyncRepository;
import io.genericrepo.it.model.CustomerRepository;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.exception.SdkClientException;

/**
 * A repository that builds its own client ({@code endpoint(...)} alone, as a first try against a
 * local server) says which builder method is missing, where the SDK would only list the
 * providers of its region and credentials chains. The SDK's chains are pointed at nothing for
 * these tests: no profile files, no instance metadata; environment variables cannot be unset, so
 * the tests are skipped where the environment holds a region or credentials.
 */
class BuilderHintsTest {

    private static final URI LOCAL = URI.create("http://127.0.0.1:1"); // never reached
    private static final Map<String, String> NO_DEFAULTS = Map.of(
            "aws.configFile", "/nonexistent/generic-repo/config",
            "aws.sharedCredentialsFile", "/nonexistent/generic-repo/credentials",
            "aws.disableEc2Metadata", "true");
    private static final Map<String, String> saved = new HashMap<>();

    @BeforeAll
    static void pointTheSdksChainsAtNothing() {
        for (String variable : List.of("AWS_REGION", "AWS_ACCESS_KEY_ID", "AWS_PROFILE", "AWS_WEB_IDENTITY_TOKEN_FILE",
                "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI", "AWS_CONTAINER_CREDENTIALS_FULL_URI")) {
            assumeTrue(System.getenv(variable) == null, variable + " is set, so the SDK finds what it names");
        }
        for (String property : List.of("aws.region", "aws.accessKeyId")) {
            assumeTrue(System.getProperty(property) == null, property + " is set");
        }
        NO_DEFAULTS.forEach((key, value) -> {
            saved.put(key, System.getProperty(key));
            System.setProperty(key, value);
        });
    }

    @AfterAll
    static void restore() {
        saved.forEach((key, value) -> {
            if (value == null) {
                System.clearProperty(key);
            } else {
                System.setProperty(key, value);
            }
        });
    }

    @Test
    void withoutARegionTheBuilderSaysToCallRegion() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> CustomerRepository.builder().endpoint(LOCAL).build());
        assertStartsWith("The repository's client has no AWS region: call .region(\"eu-north-1\") on the repository"
                + " builder (any region will do for endpoint http://127.0.0.1:1), set the AWS_REGION environment"
                + " variable, or pass your own client with .client(...). The SDK said: Unable to load region", e);
        assertInstanceOf(SdkClientException.class, e.getCause());
    }

    @Test
    void theAsyncBuilderToo() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> CustomerAsyncRepository.builder().endpoint(LOCAL).build());
        assertStartsWith("The repository's client has no AWS region: call .region(\"eu-north-1\")", e);
    }

    @Test
    void withoutCredentialsTheFirstRequestSaysToCallCredentials() {
        try (CustomerRepository customers = CustomerRepository.builder().endpoint(LOCAL).region("us-east-1").build()) {
            SdkClientException e = assertThrows(SdkClientException.class, () -> customers.load("c-1"));
            assertStartsWith("The repository's client found no AWS credentials: call .credentials(...) on the"
                    + " repository builder (a local endpoint such as http://127.0.0.1:1 accepts any, for example"
                    + " StaticCredentialsProvider.create(AwsBasicCredentials.create(\"local\", \"local\"))), configure"
                    + " the SDK's default chain (environment, profile, instance role), or pass your own client with"
                    + " .client(...). The SDK said: Unable to load credentials", e);
        }
    }

    @Test
    void withoutCredentialsTheAsyncRequestFailsSayingSoToo() {
        try (CustomerAsyncRepository customers = CustomerAsyncRepository.builder().endpoint(LOCAL).region("us-east-1")
                .build()) {
            CompletionException e = assertThrows(CompletionException.class, () -> customers.load("c-1").join());
            SdkClientException cause = assertInstanceOf(SdkClientException.class, e.getCause());
            assertStartsWith("The repository's client found no AWS credentials: call .credentials(...)", cause);
        }
    }

    @Test
    void aFailureWithCredentialsGivenIsTheSdksOwn() {
        // the hint is only on clients built without credentials(...): here the request reaches the network
        try (CustomerRepository customers = CustomerRepository.builder().endpoint(LOCAL).region("us-east-1")
                .credentials(io.genericrepo.testing.DynaliteServer.credentials()).build()) {
            SdkClientException e = assertThrows(SdkClientException.class, () -> customers.load("c-1"));
            assertEquals(false, e.getMessage().contains("found no AWS credentials"), e.getMessage());
        }
    }

    private static void assertStartsWith(String expected, Throwable e) {
        String message = String.valueOf(e.getMessage());
        assertEquals(expected, message.substring(0, Math.min(expected.length(), message.length())), message);
    }
}
