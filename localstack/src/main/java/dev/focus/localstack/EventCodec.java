package dev.focus.localstack;

/** Turns a request into the event a function receives on AWS, and the function's answer back into HTTP. */
interface EventCodec {

    String event(LocalRequest request, RouteTable.Match route);

    /** @throws IllegalArgumentException if the function answered something API Gateway could not read */
    LocalResponse response(String responseJson);
}
