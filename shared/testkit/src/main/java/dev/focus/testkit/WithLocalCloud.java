package dev.focus.testkit;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a container test: it runs against the one in-memory {@link dev.focus.emulators.LocalCloud} of this test
 * JVM, which it receives as a constructor, method or field of that type. Tagged {@code emulators} so a build can
 * select or skip these tests.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@Tag(WithLocalCloud.TAG)
@ExtendWith(LocalCloudExtension.class)
public @interface WithLocalCloud {

    String TAG = "emulators";
}
