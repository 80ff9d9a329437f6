package dev.focus.rooms;

import dev.focus.testkit.WithLocalCloud;
import org.junit.jupiter.api.extension.ExtendWith;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A container test with the rooms functions started once for the class in its {@code static RoomsApi} field. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@WithLocalCloud
@ExtendWith(RoomsApiExtension.class)
@interface WithRoomsApi {
}
