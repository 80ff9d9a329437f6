package dev.focus.kernel.id;

/** Makes the ids of everything Focus stores: sortable by creation time, 26 characters, URL-safe. */
@FunctionalInterface
public interface IdGenerator {

    String newId();
}
