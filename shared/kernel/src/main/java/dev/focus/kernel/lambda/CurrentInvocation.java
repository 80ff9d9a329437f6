package dev.focus.kernel.lambda;

import com.amazonaws.services.lambda.runtime.Context;

import java.util.Optional;

/** The Lambda context of the invocation the calling thread is serving, for request ids in logs. */
public interface CurrentInvocation {

    Optional<Context> context();
}
