package dev.focus.localstack;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("An event source mapping")
class EventSourceMappingTest {

    @Test
    @DisplayName("takes its region from the queue's ARN, as Lambda's awsRegion")
    void theRegionComesFromTheArn() {
        var mapping = new EventSourceMapping("q", "http://localhost/000000000000/q", "arn:aws:sqs:eu-central-1:000000000000:q",
                10, "worker");

        assertThat(mapping.region()).isEqualTo("eu-central-1");
    }

    @ParameterizedTest(name = "batch size {0}")
    @ValueSource(ints = {0, 11, 100})
    @DisplayName("refuses a batch size that one ReceiveMessage cannot return")
    void refusesBatchSizesOutsideOneToTen(int batchSize) {
        assertThatThrownBy(() -> new EventSourceMapping("q", "http://localhost/000000000000/q",
                "arn:aws:sqs:us-east-1:000000000000:q", batchSize, "worker"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("batch size " + batchSize);
    }
}
