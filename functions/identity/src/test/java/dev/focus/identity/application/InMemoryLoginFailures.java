package dev.focus.identity.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/** Failed sign-ins in memory, as the PostgreSQL table holds them (JdbcLoginFailures; the route tests use that). */
final class InMemoryLoginFailures implements LoginFailures {

    record Failure(String account, String ip, Optional<String> device, Instant at) {

        boolean untrusted() {
            return device.isEmpty();
        }
    }

    final List<Failure> rows = new ArrayList<>();

    @Override
    public void record(String accountKey, String clientIp, Optional<String> deviceId, Instant at) {
        rows.add(new Failure(accountKey, clientIp, deviceId, at));
    }

    @Override
    public void forgetBefore(Instant cutoff) {
        rows.removeIf(f -> f.at().isBefore(cutoff));
    }

    @Override
    public Window untrustedOfAccountSince(String accountKey, Instant since) {
        return window(f -> f.untrusted() && f.account().equals(accountKey), since);
    }

    @Override
    public Window untrustedFromClientSince(String clientIp, Instant since) {
        return window(f -> f.untrusted() && f.ip().equals(clientIp), since);
    }

    @Override
    public Window ofDeviceSince(String deviceId, Instant since) {
        return window(f -> f.device().equals(Optional.of(deviceId)), since);
    }

    @Override
    public void forgetUntrustedOfAccount(String accountKey) {
        rows.removeIf(f -> f.untrusted() && f.account().equals(accountKey));
    }

    @Override
    public void forgetDevice(String deviceId) {
        rows.removeIf(f -> f.device().equals(Optional.of(deviceId)));
    }

    private Window window(Predicate<Failure> which, Instant since) {
        List<Failure> failures = rows.stream().filter(which).filter(f -> f.at().isAfter(since)).toList();
        return new Window(failures.size(), failures.stream().map(Failure::at).min(Instant::compareTo));
    }
}
