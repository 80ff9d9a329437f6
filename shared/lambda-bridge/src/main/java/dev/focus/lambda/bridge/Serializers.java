package dev.focus.lambda.bridge;

import com.amazonaws.services.lambda.runtime.serialization.PojoSerializer;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import com.amazonaws.services.lambda.runtime.serialization.factories.JacksonFactory;

import java.lang.reflect.Type;

/**
 * The serializer the Lambda Java runtime picks for a handler's input or output type: the event
 * serializers (with their mixins) for the AWS event classes they know, plain Jackson for the rest.
 */
final class Serializers {

    private Serializers() {
    }

    @SuppressWarnings("unchecked")
    static PojoSerializer<Object> forType(Type type, ClassLoader loader) {
        if (type instanceof Class<?> eventClass && LambdaEventSerializers.isLambdaSupportedEvent(eventClass.getName())) {
            return (PojoSerializer<Object>) LambdaEventSerializers.serializerFor(eventClass, loader);
        }
        return JacksonFactory.getInstance().getSerializer(type);
    }
}
