package dev.focus.lambda.bridge;

import com.amazonaws.services.lambda.runtime.Context;

import java.io.InputStream;
import java.io.OutputStream;

/** A handler that reads the raw event and writes the raw response. */
@FunctionalInterface
interface StreamCall {

    void call(InputStream input, OutputStream output, Context context) throws Throwable;
}
