package dev.focus.kernel.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.function.aws.DefaultLambdaContextFactory;
import io.micronaut.function.aws.LambdaContextFactory;
import jakarta.inject.Singleton;

import java.util.Optional;

/**
 * micronaut-function-aws 4.11.0 registers the Lambda {@link Context} (and its logger and identity) as new
 * singletons on every invocation, so the bean registry grows with every request and a warm function slows
 * down (0.7 ms p50 after 1k requests, 27 ms after 30k). This keeps the current invocation's context in a
 * thread-local instead. The property {@code focus.lambda.register-context-singletons=true} restores the
 * library's behaviour, for the side-by-side benchmark only.
 */
@Singleton
@Replaces(DefaultLambdaContextFactory.class)
@Requires(property = "focus.lambda.register-context-singletons", notEquals = "true")
final class InvocationContextFactory implements LambdaContextFactory, CurrentInvocation {

    private final ThreadLocal<Context> current = new ThreadLocal<>();

    @Override
    public void registerSingletons(Context context) {
        current.set(context);
    }

    @Override
    public Optional<Context> context() {
        return Optional.ofNullable(current.get());
    }
}
