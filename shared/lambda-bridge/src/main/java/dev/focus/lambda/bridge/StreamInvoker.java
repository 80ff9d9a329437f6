package dev.focus.lambda.bridge;

import com.amazonaws.services.lambda.runtime.Context;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** A {@code RequestStreamHandler} (or a handler method taking streams): the event bytes as they are. */
record StreamInvoker(StreamCall call) implements HandlerInvoker {

    @Override
    public String invoke(String eventJson, Context context) {
        var in = new ByteArrayInputStream(eventJson.getBytes(StandardCharsets.UTF_8));
        var out = new ByteArrayOutputStream(256);
        try {
            call.call(in, out, context);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new HandlerException("The handler threw a checked exception", e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
