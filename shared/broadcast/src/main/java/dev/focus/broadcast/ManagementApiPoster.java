package dev.focus.broadcast;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.apigatewaymanagementapi.ApiGatewayManagementApiClient;
import software.amazon.awssdk.services.apigatewaymanagementapi.model.GoneException;
import software.amazon.awssdk.services.apigatewaymanagementapi.model.ForbiddenException;
import software.amazon.awssdk.services.apigatewaymanagementapi.model.LimitExceededException;
import software.amazon.awssdk.services.apigatewaymanagementapi.model.PayloadTooLargeException;

import java.util.function.Supplier;

/** Posts through the API Gateway Management API; the client is built on the first post (not during init). */
final class ManagementApiPoster implements Poster {

    private static final Logger LOG = LoggerFactory.getLogger(ManagementApiPoster.class);

    private final Supplier<ApiGatewayManagementApiClient> client;

    ManagementApiPoster(Supplier<ApiGatewayManagementApiClient> client) {
        this.client = client;
    }

    @Override
    public Outcome post(String connectionId, byte[] message) {
        try {
            client.get().postToConnection(r -> r.connectionId(connectionId).data(SdkBytes.fromByteArrayUnsafe(message)));
            return Outcome.DELIVERED;
        } catch (GoneException gone) {
            return Outcome.GONE;
        } catch (LimitExceededException throttled) {
            return Outcome.THROTTLED;
        } catch (PayloadTooLargeException | ForbiddenException refused) {
            LOG.error("Connection {} refused a message of {} bytes: {}", connectionId, message.length, refused.getMessage());
            return Outcome.REJECTED;
        } catch (SdkException e) {
            LOG.warn("Posting to connection {} failed: {}", connectionId, e.getMessage());
            return Outcome.FAILED;
        }
    }

    @Override
    public void disconnect(String connectionId) {
        try {
            client.get().deleteConnection(r -> r.connectionId(connectionId));
        } catch (GoneException gone) {
            // already closed
        }
    }
}
