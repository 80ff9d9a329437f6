package dev.focus.localstack;

import dev.focus.resources.FocusResources;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MissingJarTest {

    @Test
    void a_missing_function_jar_stops_the_start_with_its_path_and_the_command_that_builds_it(@TempDir Path emptyRepo) {
        List<HostedFunction> functions = FocusResources.functions().stream()
                .map(f -> HostedFunction.of(f, emptyRepo)).toList();

        assertThatThrownBy(() -> LocalStack.start(StackOptions.ephemeral(emptyRepo), functions))
                .isInstanceOf(MissingJarException.class)
                .hasMessageContaining(emptyRepo.resolve("functions/identity/target/focus-identity-lambda.jar").toString())
                .hasMessageContaining("./mvnw install -DskipTests -pl functions/identity -am")
                .hasMessageContaining("./mvnw -Plocal");
    }
}
