package dev.focus.lambda.bridge;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.lang.reflect.ParameterizedType;
import java.util.List;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

class TypeArgumentsTest {

    interface Pair<A, B> {
    }

    abstract static class Swapped<X, Y> implements Pair<Y, X> {
    }

    abstract static class HalfBound<T> extends Swapped<T, String> {
    }

    static final class Bound extends HalfBound<List<Integer>> {
    }

    abstract static class Unbound<T> implements Function<T, T> {
    }

    @Test
    @DisplayName("type arguments are followed through superclasses that rename and reorder them")
    void throughHierarchy() {
        var types = TypeArguments.of(Bound.class, Pair.class);

        assertThat(types[0]).isEqualTo(String.class);
        assertThat(types[1]).isInstanceOf(ParameterizedType.class);
        assertThat(((ParameterizedType) types[1]).getRawType()).isEqualTo(List.class);
        assertThat(((ParameterizedType) types[1]).getActualTypeArguments()).containsExactly(Integer.class);
    }

    @Test
    @DisplayName("a type argument nobody binds is Object, as the Lambda runtime treats it")
    void unbound() {
        assertThat(TypeArguments.of(Unbound.class, Function.class)).containsExactly(Object.class, Object.class);
    }
}
