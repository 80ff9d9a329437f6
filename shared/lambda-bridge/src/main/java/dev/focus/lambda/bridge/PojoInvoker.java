package dev.focus.lambda.bridge;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.serialization.PojoSerializer;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** A {@code RequestHandler<I, O>} (or a handler method taking a POJO): JSON in, POJO call, JSON out. */
record PojoInvoker(PojoCall call, PojoSerializer<Object> input, PojoSerializer<Object> output) implements HandlerInvoker {

    @Override
    public String invoke(String eventJson, Context context) {
        Object event = input.fromJson(eventJson);
        Object result;
        try {
            result = call.call(event, context);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new HandlerException("The handler threw a checked exception", e);
        }
        var json = new ByteArrayOutputStream(256);
        output.toJson(result, json);
        return json.toString(StandardCharsets.UTF_8);
    }
}
