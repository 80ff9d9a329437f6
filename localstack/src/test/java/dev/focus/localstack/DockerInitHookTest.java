package dev.focus.localstack;

import dev.focus.resources.FocusResources;
import dev.focus.resources.QueueDefinition;
import dev.focus.resources.TableDefinition;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The LocalStack init hook for people with Docker cannot run here (no Docker), but it must not drift from
 * {@link FocusResources}: this reads the script and checks it creates exactly the table and queues defined there.
 */
class DockerInitHookTest {

    private static final Path HOOK = StackOptions.findRepositoryRoot(Path.of(""))
            .resolve("localstack/docker/init/ready.d/10-focus-resources.sh");

    @Test
    void the_hook_creates_the_focus_table_with_its_keys_indexes_and_ttl() throws Exception {
        String script = Files.readString(HOOK);
        TableDefinition table = FocusResources.TABLE;

        assertThat(script).contains("create-table --table-name " + table.name() + " ")
                .contains("AttributeName=" + table.partitionKey() + ",KeyType=HASH")
                .contains("AttributeName=" + table.sortKey() + ",KeyType=RANGE");
        for (TableDefinition.IndexDefinition index : table.indexes()) {
            assertThat(script).contains("IndexName=" + index.name() + ",KeySchema=[{AttributeName=" + index.partitionKey()
                    + ",KeyType=HASH},{AttributeName=" + index.sortKey() + ",KeyType=RANGE}]");
        }
        table.ttlAttribute().ifPresent(ttl -> assertThat(script).contains("Enabled=true,AttributeName=" + ttl));
    }

    @Test
    void the_hook_creates_every_queue_with_its_dead_letter_queue() throws Exception {
        String script = Files.readString(HOOK);
        long created = script.lines().filter(line -> line.startsWith("create_queue ")).count();

        assertThat(created).isEqualTo(FocusResources.queues().size());
        for (QueueDefinition queue : FocusResources.queues()) {
            assertThat(script).contains("create_queue " + queue.name() + " " + queue.visibilityTimeoutSeconds() + " "
                    + queue.maxReceiveCount() + (queue.fifo() ? " fifo" : "") + "\n");
        }
    }
}
