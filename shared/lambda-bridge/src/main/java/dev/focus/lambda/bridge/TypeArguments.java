package dev.focus.lambda.bridge;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Finds what a class binds a generic interface's type parameters to, through its whole hierarchy
 * ({@code class F extends Base<Event>} with {@code Base<I> implements RequestHandler<I, Response>}).
 * Unbound parameters come back as {@code Object}, as the Lambda runtime treats them.
 */
final class TypeArguments {

    private TypeArguments() {
    }

    static Type[] of(Class<?> type, Class<?> genericInterface) {
        return find(type, genericInterface, Map.of())
                .orElseThrow(() -> new IllegalArgumentException(type.getName() + " does not implement " + genericInterface.getName()));
    }

    private static Optional<Type[]> find(Type type, Class<?> target, Map<TypeVariable<?>, Type> outer) {
        Class<?> raw;
        Map<TypeVariable<?>, Type> bindings = new HashMap<>();
        if (type instanceof ParameterizedType parameterized) {
            raw = (Class<?>) parameterized.getRawType();
            TypeVariable<?>[] variables = raw.getTypeParameters();
            Type[] arguments = parameterized.getActualTypeArguments();
            for (int i = 0; i < variables.length; i++) {
                bindings.put(variables[i], bound(arguments[i], outer));
            }
        } else if (type instanceof Class<?> plain) {
            raw = plain;
        } else {
            return Optional.empty();
        }
        if (raw == target) {
            TypeVariable<?>[] variables = target.getTypeParameters();
            Type[] resolved = new Type[variables.length];
            for (int i = 0; i < variables.length; i++) {
                resolved[i] = bound(bindings.getOrDefault(variables[i], Object.class), Map.of());
            }
            return Optional.of(resolved);
        }
        for (Type parent : raw.getGenericInterfaces()) {
            var found = find(parent, target, bindings);
            if (found.isPresent()) {
                return found;
            }
        }
        Type superclass = raw.getGenericSuperclass();
        return superclass == null ? Optional.empty() : find(superclass, target, bindings);
    }

    private static Type bound(Type type, Map<TypeVariable<?>, Type> bindings) {
        if (type instanceof TypeVariable<?> variable) {
            return bindings.getOrDefault(variable, Object.class);
        }
        return type;
    }
}
