package dev.focus.identity.adapter;

import dev.focus.identity.application.Transactions;
import io.micronaut.transaction.TransactionOperations;

import java.sql.Connection;
import java.util.function.Supplier;

final class JdbcTransactions implements Transactions {

    private final TransactionOperations<Connection> operations;

    JdbcTransactions(TransactionOperations<Connection> operations) {
        this.operations = operations;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return operations.executeWrite(status -> work.get());
    }
}
