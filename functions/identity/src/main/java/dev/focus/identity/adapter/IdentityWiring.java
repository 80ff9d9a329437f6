package dev.focus.identity.adapter;

import dev.focus.identity.application.AccountEvents;
import dev.focus.identity.application.AccessTokenIssuer;
import dev.focus.identity.application.AdminBootstrap;
import dev.focus.identity.application.Administration;
import dev.focus.identity.application.Audit;
import dev.focus.identity.application.AuditLog;
import dev.focus.identity.application.EmailTokens;
import dev.focus.identity.application.GoogleSignIn;
import dev.focus.identity.application.Ids;
import dev.focus.identity.application.LoginThrottle;
import dev.focus.identity.application.Mailer;
import dev.focus.identity.application.PasswordRecovery;
import dev.focus.identity.application.Passwords;
import dev.focus.identity.application.Profiles;
import dev.focus.identity.application.RefreshTokens;
import dev.focus.identity.application.Registration;
import dev.focus.identity.application.Sessions;
import dev.focus.identity.application.SignIn;
import dev.focus.identity.application.Transactions;
import dev.focus.identity.application.TrustedDevices;
import dev.focus.identity.application.Users;
import dev.focus.kernel.id.IdGenerator;
import dev.focus.messaging.DomainEventPublisher;
import dev.focus.messaging.EmailSender;
import dev.focus.security.AccessTokens;
import dev.focus.security.JwtSettings;
import dev.focus.security.PasswordHasher;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import io.micronaut.data.connection.ConnectionOperations;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.time.Clock;
import java.util.List;
import java.util.Set;

/** The one place the identity use cases meet their adapters. */
@Factory
class IdentityWiring {

    @Singleton
    Sql sql(JdbcOperations jdbc, ConnectionOperations<Connection> connections) {
        return new Sql(jdbc, connections);
    }

    @Singleton
    Users users(Sql sql) {
        return new JdbcUsers(sql);
    }

    @Singleton
    RefreshTokens refreshTokens(Sql sql) {
        return new JdbcRefreshTokens(sql);
    }

    @Singleton
    EmailTokens emailTokens(Sql sql) {
        return new JdbcEmailTokens(sql);
    }

    @Singleton
    AuditLog auditLog(Sql sql) {
        return new JdbcAuditLog(sql);
    }

    @Singleton
    Transactions transactions(TransactionOperations<Connection> operations) {
        return new JdbcTransactions(operations);
    }

    @Singleton
    Ids ids(IdGenerator generator) {
        return generator::newId;
    }

    @Singleton
    Audit audit(AuditLog log, Ids ids, Clock clock) {
        return new Audit(log, ids, clock);
    }

    @Singleton
    Passwords passwords(PasswordHasher hasher) {
        return new BcryptPasswords(hasher);
    }

    @Singleton
    Mailer mailer(EmailSender sender, @Value("${focus.web.base-url:`http://localhost:5173`}") String webBaseUrl) {
        return new EmailMailer(sender, webBaseUrl);
    }

    @Singleton
    AccountEvents accountEvents(DomainEventPublisher publisher) {
        return new QueuedAccountEvents(publisher);
    }

    @Singleton
    AdminBootstrap adminBootstrap(@Value("${focus.identity.admin-emails:}") List<String> adminEmails) {
        return new AdminBootstrap(Set.copyOf(adminEmails.stream().filter(email -> !email.isBlank()).toList()));
    }

    @Singleton
    Sessions sessions(RefreshTokens refreshTokens, AccessTokens accessTokens, Ids ids, Clock clock, JwtSettings jwt) {
        AccessTokenIssuer issuer = new JwtAccessTokenIssuer(accessTokens);
        return new Sessions(refreshTokens, issuer, ids, clock, jwt.getRefreshTokenTtl());
    }

    @Singleton
    Registration registration(Users users, EmailTokens emailTokens, Passwords passwords, Mailer mailer, Audit audit,
                              AdminBootstrap adminBootstrap, Transactions transactions, Ids ids, Clock clock) {
        return new Registration(users, emailTokens, passwords, mailer, audit, adminBootstrap, transactions, ids, clock);
    }

    @Singleton
    LoginThrottle loginThrottle(Sql sql, Clock clock, SignInSettings settings) {
        return new LoginThrottle(new JdbcLoginFailures(sql), clock, new LoginThrottle.Limits(settings.getWindow(),
                settings.getFailuresPerAccount(), settings.getFailuresPerDevice(), settings.getFailuresPerAddress()));
    }

    @Singleton
    TrustedDevices trustedDevices(Sql sql, Ids ids, Clock clock, SignInSettings settings) {
        return new TrustedDevices(new JdbcDeviceTokens(sql), ids, clock, settings.getDeviceTokenValidity());
    }

    @Singleton
    SignIn signIn(Users users, RefreshTokens refreshTokens, Passwords passwords, LoginThrottle throttle,
                  TrustedDevices devices, Sessions sessions, Audit audit, Transactions transactions, Clock clock) {
        return new SignIn(users, refreshTokens, passwords, throttle, devices, sessions, audit, transactions, clock);
    }

    @Singleton
    GoogleSignIn googleSignIn(GoogleSettings settings, Users users, Sql sql, Sessions sessions, TrustedDevices devices,
                              AdminBootstrap adminBootstrap, Audit audit, Transactions transactions, Ids ids, Clock clock) {
        return new GoogleSignIn(new NimbusGoogleIdTokens(settings, clock), users, new JdbcOAuthIdentities(sql), sessions,
                devices, adminBootstrap, audit, transactions, ids, clock);
    }

    @Singleton
    PasswordRecovery passwordRecovery(Users users, EmailTokens emailTokens, RefreshTokens refreshTokens,
                                      Passwords passwords, LoginThrottle throttle, Mailer mailer, Audit audit,
                                      Transactions transactions, Clock clock) {
        return new PasswordRecovery(users, emailTokens, refreshTokens, passwords, throttle, mailer, audit, transactions, clock);
    }

    @Singleton
    Profiles profiles(Users users, AccountEvents events, Audit audit, Transactions transactions, Ids ids, Clock clock) {
        return new Profiles(users, events, audit, transactions, ids, clock);
    }

    @Singleton
    Administration administration(Users users, RefreshTokens refreshTokens, AuditLog auditLog, Audit audit,
                                  Transactions transactions, AccountEvents events, Ids ids, Clock clock) {
        return new Administration(users, refreshTokens, auditLog, audit, transactions, events, ids, clock);
    }
}
