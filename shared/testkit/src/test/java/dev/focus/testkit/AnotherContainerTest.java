package dev.focus.testkit;

import dev.focus.emulators.LocalCloud;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

@WithLocalCloud
class AnotherContainerTest {

    @Test
    @DisplayName("a second test class gets the cloud the first one started, not a new one")
    void sharesTheJvmCloud(LocalCloud cloud) {
        assertThat(LocalCloudExtensionTest.fromBeforeAll == null || LocalCloudExtensionTest.fromBeforeAll == cloud).isTrue();
        assertThat(cloud.ses().emails()).isNotNull();
        assertThat(cloud.newDatabase(getClass().getSimpleName())).contains("anothercontainertest_");
    }
}
