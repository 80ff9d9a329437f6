package dev.focus.lambda.bridge;

import com.amazonaws.services.lambda.runtime.Context;

/** Turns one event JSON into the handler's response JSON. */
sealed interface HandlerInvoker permits PojoInvoker, StreamInvoker {

    String invoke(String eventJson, Context context);
}
