package dev.focus.identity.model;

public enum Role {
    USER, ADMIN
}
