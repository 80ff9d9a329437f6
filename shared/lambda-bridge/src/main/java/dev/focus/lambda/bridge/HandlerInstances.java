package dev.focus.lambda.bridge;

import java.lang.reflect.InvocationTargetException;

/** Builds handler objects the way the Lambda runtime does: by class name, with the public no-arg constructor. */
final class HandlerInstances {

    private HandlerInstances() {
    }

    static Object create(String className, ClassLoader loader) {
        Class<?> type;
        try {
            type = Class.forName(className, true, loader);
        } catch (ClassNotFoundException e) {
            throw new HandlerException("Handler class " + className + " is not in the function's jar", e);
        }
        try {
            return type.getConstructor().newInstance();
        } catch (InvocationTargetException e) {
            throw new HandlerException("Handler " + className + " failed to initialise", e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new HandlerException("Handler " + className + " needs a public no-arg constructor", e);
        }
    }
}
