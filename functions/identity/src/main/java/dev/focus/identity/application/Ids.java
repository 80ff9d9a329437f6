package dev.focus.identity.application;

/** New sortable ids (ULIDs). */
@FunctionalInterface
public interface Ids {

    String next();
}
