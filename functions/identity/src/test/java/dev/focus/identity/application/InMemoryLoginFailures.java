package dev.focus.identity.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/** Failed sign-ins in memory, as the PostgreSQL table holds them (JdbcLoginFailures; the route tests use that). */
final class InMemoryLoginFailures implements LoginFailures {

    record Failure(long id, String account, String ip, Optional<String> device, Instant at) {

        boolean untrusted() {
            return device.isEmpty();
        }
    }

    final List<Failure> rows = new ArrayList<>();
    private long lastId;

    /** Every caller runs on one thread here, so there is nothing to wait for. */
    @Override
    public void lock(String key) {
    }

    @Override
    public long record(String accountKey, String clientNetwork, Optional<String> deviceId, Instant at) {
        long id = ++lastId;
        rows.add(new Failure(id, accountKey, clientNetwork, deviceId, at));
        return id;
    }

    @Override
    public void forget(long failureId) {
        forget(f -> f.id() == failureId);
    }

    @Override
    public void forgetBefore(Instant cutoff) {
        forget(f -> f.at().isBefore(cutoff));
    }

    @Override
    public Window untrustedOfAccountSince(String accountKey, Instant since) {
        return window(f -> f.untrusted() && f.account().equals(accountKey), since);
    }

    @Override
    public Window untrustedFromClientSince(String clientNetwork, Instant since) {
        return window(f -> f.untrusted() && f.ip().equals(clientNetwork), since);
    }

    @Override
    public Window ofDeviceSince(String deviceId, Instant since) {
        return window(f -> f.device().equals(Optional.of(deviceId)), since);
    }

    @Override
    public void forgetUntrustedOfAccountFrom(String accountKey, String clientNetwork) {
        forget(f -> f.untrusted() && f.account().equals(accountKey) && f.ip().equals(clientNetwork));
    }

    @Override
    public void forgetDevice(String deviceId) {
        forget(f -> f.device().equals(Optional.of(deviceId)));
    }

    private void forget(Predicate<Failure> which) {
        rows.removeIf(which);
    }

    private Window window(Predicate<Failure> which, Instant since) {
        List<Failure> failures = rows.stream().filter(which).filter(f -> f.at().isAfter(since)).toList();
        return new Window(failures.size(), failures.stream().map(Failure::at).min(Instant::compareTo));
    }
}
