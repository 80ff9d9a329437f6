package dev.focus.rooms.api;

import dev.focus.kernel.api.Problem;
import dev.focus.kernel.api.ProblemException;
import dev.focus.kernel.api.Problems;
import dev.focus.messaging.MessagingFailure;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A wake-up or a focus session that SQS would not take is a dependency down, not a bug: 503 with Retry-After.
 * Wake-ups are queued before the write they belong to (decision 0004), so the refused request changed nothing
 * the client asked for. Room events never get here: their sends are logged and dropped after the write.
 */
@Singleton
@Produces(Problem.MEDIA_TYPE)
final class MessagingFailureHandler implements ExceptionHandler<MessagingFailure, HttpResponse<Problem>> {

    private static final Logger LOG = LoggerFactory.getLogger(MessagingFailureHandler.class);
    static final long RETRY_AFTER_SECONDS = 5;

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, MessagingFailure failure) {
        LOG.error("{} {} refused: a queue is unavailable", request.getMethodName(), request.getPath(), failure);
        ProblemException problem = Problems.serviceUnavailable("TRY_AGAIN_LATER",
                "A service this request needs is unavailable; nothing was changed. Try again.", RETRY_AFTER_SECONDS);
        MutableHttpResponse<Problem> response = HttpResponse.<Problem>status(HttpStatus.SERVICE_UNAVAILABLE)
                .contentType(Problem.MEDIA_TYPE).body(problem.toProblem());
        problem.headers().forEach(response::header);
        return response;
    }
}
