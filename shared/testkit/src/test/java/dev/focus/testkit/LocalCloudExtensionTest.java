package dev.focus.testkit;

import dev.focus.emulators.LocalCloud;
import dev.focus.resources.Setting;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.sql.DriverManager;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

@WithLocalCloud
class LocalCloudExtensionTest {

    static LocalCloud fromBeforeAll;
    static LocalCloud staticField;
    final LocalCloud fromConstructor;
    LocalCloud field;

    LocalCloudExtensionTest(LocalCloud cloud) {
        this.fromConstructor = cloud;
    }

    @BeforeAll
    static void remember(LocalCloud cloud) {
        fromBeforeAll = cloud;
    }

    @Test
    @DisplayName("constructors, methods and fields all receive the same running LocalCloud")
    void oneCloudPerJvm(LocalCloud fromMethod) throws SQLException {
        assertThat(fromMethod).isSameAs(fromConstructor).isSameAs(field).isSameAs(fromBeforeAll).isSameAs(staticField);
        try (var connection = DriverManager.getConnection(fromMethod.settings().get(Setting.DATASOURCE_URL.property()),
                fromMethod.postgres().username(), fromMethod.postgres().password());
             var rows = connection.createStatement().executeQuery("select current_database()")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo(LocalCloud.DATABASE);
        }
    }

    @Nested
    class InANestedClass {

        @Test
        @DisplayName("nested tests share the same cloud")
        void sameCloud(LocalCloud cloud) {
            assertThat(cloud).isSameAs(fromConstructor);
        }
    }
}
