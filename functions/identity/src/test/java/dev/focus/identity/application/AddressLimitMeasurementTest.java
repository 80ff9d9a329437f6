package dev.focus.identity.application;

import dev.focus.testkit.TestClock;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How many people behind one address (a campus or office NAT) the per-address limit lets through, found by driving
 * the real LoginThrottle with the default limits. The figures are quoted in docs/api.md and docs/decisions/0007.
 */
@DisplayName("how many mistyping people one address survives")
class AddressLimitMeasurementTest {

    private static final String NAT = "192.0.2.1";
    private static final LoginThrottle.Limits LIMITS = LoginThrottle.Limits.DEFAULTS;

    @ParameterizedTest(name = "k = {0}")
    @ValueSource(ints = {1, 2, 3, 4, 5})
    @DisplayName("people who each mistype k times and have not got in yet: floor(99 / k) of them, and one more may still try")
    void people_still_mistyping(int k) {
        TestClock clock = new TestClock();
        LoginThrottle throttle = new LoginThrottle(new InMemoryLoginFailures(), clock, LIMITS);

        int survived = 0;
        while (allowed(throttle, "person-" + (survived + 1), k, clock)) {
            survived++;
        }

        System.out.printf("address limit %d / %s: %d people each mistyping %d times, none signed in yet%n",
                LIMITS.perAddress(), LIMITS.window(), survived, k);
        assertThat(survived).isEqualTo((LIMITS.perAddress() - 1) / k);
    }

    @Test
    @DisplayName("people who mistype twice and then get in stop counting: 10,000 of them in an hour meet no 429")
    void people_who_get_in() {
        assertThat(throttledIn(10_000, 2)).isZero();
    }

    @Test
    @DisplayName("the busiest stream of people mistyping twice and then getting in that one address survives is about 14,800 an hour")
    void busiest_stream_that_survives() {
        // Little's law: each person holds 1 failure for 8 s and 2 for the next 8 s, 24 failure-seconds, so the count
        // stays under 100 while people arrive at most every 24 / 99 s: 14,850 an hour
        int low = 10_000;
        int high = 20_000;
        while (high - low > 100) {
            int middle = (low + high) / 2;
            if (throttledIn(middle, 2) == 0) {
                low = middle;
            } else {
                high = middle;
            }
        }

        System.out.printf("address limit %d / %s: up to about %d people an hour mistyping twice, then signing in%n",
                LIMITS.perAddress(), LIMITS.window(), low);
        assertThat(low).isBetween(14_500, 14_850);
    }

    /** Whether all k wrong passwords of one more person are answered (not throttled) and someone else may still try. */
    private static boolean allowed(LoginThrottle throttle, String person, int k, TestClock clock) {
        for (int attempt = 0; attempt < k; attempt++) {
            if (throttle.admit(attempt(person)) instanceof LoginThrottle.Admission.Refused) {
                return false;
            }
            clock.advance(Duration.ofSeconds(1));
        }
        return throttle.retryAfter(attempt("someone-else")).isEmpty();
    }

    /**
     * Attempts refused in an hour of {@code perHour} people arriving evenly, each mistyping k times 8 s apart and
     * getting in 8 s after the last mistype.
     */
    private static int throttledIn(int perHour, int k) {
        record Step(long atMillis, int person, boolean right) {
        }
        List<Step> steps = new ArrayList<>();
        long gap = 3_600_000L / perHour;
        for (int person = 0; person < perHour; person++) {
            for (int attempt = 0; attempt <= k; attempt++) {
                steps.add(new Step(person * gap + attempt * 8_000L, person, attempt == k));
            }
        }
        steps.sort(Comparator.comparingLong(Step::atMillis));
        TestClock clock = new TestClock();
        LoginThrottle throttle = new LoginThrottle(new InMemoryLoginFailures(), clock, LIMITS);
        long now = 0;
        int refused = 0;
        for (Step step : steps) {
            clock.advance(Duration.ofMillis(step.atMillis() - now));
            now = step.atMillis();
            LoginAttempt attempt = attempt("person-" + step.person());
            switch (throttle.admit(attempt)) {
                case LoginThrottle.Admission.Refused ignored -> refused++;
                case LoginThrottle.Admission.Admitted admitted -> {
                    if (step.right()) {
                        throttle.succeeded(admitted);
                    }
                }
            }
        }
        return refused;
    }

    private static LoginAttempt attempt(String person) {
        return new LoginAttempt.Untrusted(person, Optional.of(NAT));
    }
}
