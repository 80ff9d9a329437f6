package dev.focus.lambda.bridge;

import com.amazonaws.services.lambda.runtime.Context;

/** A handler that takes a deserialized input and returns an output to serialize. */
@FunctionalInterface
interface PojoCall {

    Object call(Object input, Context context) throws Throwable;
}
