package dev.focus.identity.model;

public enum AccountStatus {
    ACTIVE, SUSPENDED
}
