package dev.focus.lambda.bridge;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;

import java.io.InputStream;
import java.io.OutputStream;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.Comparator;

/** Chooses how to call a handler: through its Lambda interface, or through a named method as the runtime allows. */
final class HandlerInvokers {

    private HandlerInvokers() {
    }

    @SuppressWarnings("unchecked")
    static HandlerInvoker forInstance(Object handler, String methodName, ClassLoader loader) {
        boolean interfaceMethod = methodName == null || methodName.equals("handleRequest");
        if (interfaceMethod && handler instanceof RequestStreamHandler stream) {
            return new StreamInvoker(stream::handleRequest);
        }
        if (interfaceMethod && handler instanceof RequestHandler<?, ?> pojo) {
            Type[] types = TypeArguments.of(handler.getClass(), RequestHandler.class);
            var typed = (RequestHandler<Object, Object>) pojo;
            return new PojoInvoker(typed::handleRequest, Serializers.forType(types[0], loader), Serializers.forType(types[1], loader));
        }
        if (methodName == null) {
            throw new IllegalArgumentException(handler.getClass().getName()
                    + " implements neither RequestHandler nor RequestStreamHandler; name its method as Class::method");
        }
        return forMethod(handler, method(handler.getClass(), methodName), loader);
    }

    private static Method method(Class<?> type, String name) {
        return Arrays.stream(type.getMethods())
                .filter(m -> m.getName().equals(name) && !m.isBridge() && !Modifier.isStatic(m.getModifiers()))
                .max(Comparator.comparingInt(Method::getParameterCount))
                .orElseThrow(() -> new IllegalArgumentException("No public method " + name + " on " + type.getName()));
    }

    private static HandlerInvoker forMethod(Object handler, Method method, ClassLoader loader) {
        MethodHandle handle;
        try {
            handle = MethodHandles.publicLookup().unreflect(method).bindTo(handler);
        } catch (IllegalAccessException e) {
            throw new IllegalArgumentException("Cannot call " + method, e);
        }
        Class<?>[] parameters = method.getParameterTypes();
        if (parameters.length >= 2 && parameters[0] == InputStream.class && parameters[1] == OutputStream.class) {
            boolean withContext = parameters.length == 3;
            return new StreamInvoker((in, out, context) -> {
                if (withContext) {
                    handle.invoke(in, out, context);
                } else {
                    handle.invoke(in, out);
                }
            });
        }
        var output = Serializers.forType(method.getGenericReturnType(), loader);
        return switch (parameters.length) {
            case 0 -> new PojoInvoker((input, context) -> handle.invoke(), Serializers.forType(Object.class, loader), output);
            case 1 -> new PojoInvoker((input, context) -> handle.invoke(input),
                    Serializers.forType(method.getGenericParameterTypes()[0], loader), output);
            case 2 -> {
                if (parameters[1] != Context.class) {
                    throw new IllegalArgumentException(method + ": the second parameter must be a Context");
                }
                yield new PojoInvoker((input, context) -> handle.invoke(input, context),
                        Serializers.forType(method.getGenericParameterTypes()[0], loader), output);
            }
            default -> throw new IllegalArgumentException(method + " has a signature the Lambda runtime cannot call");
        };
    }
}
