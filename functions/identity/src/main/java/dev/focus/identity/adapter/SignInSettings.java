package dev.focus.identity.adapter;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.Min;

import java.time.Duration;

/**
 * {@code focus.identity.sign-in.*}: failed sign-ins allowed per window to an account from untrusted clients, to
 * one device token, and from one client address; and how long a device token stays valid. docs/decisions/0007
 * says why the address allows so many more.
 */
@ConfigurationProperties("focus.identity.sign-in")
interface SignInSettings {

    @Bindable(defaultValue = "15m")
    Duration getWindow();

    @Bindable(defaultValue = "5")
    @Min(1)
    int getFailuresPerAccount();

    @Bindable(defaultValue = "5")
    @Min(1)
    int getFailuresPerDevice();

    @Bindable(defaultValue = "100")
    @Min(1)
    int getFailuresPerAddress();

    @Bindable(defaultValue = "180d")
    Duration getDeviceTokenValidity();
}
