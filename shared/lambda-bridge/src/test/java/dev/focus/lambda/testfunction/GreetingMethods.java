package dev.focus.lambda.testfunction;

import com.amazonaws.services.lambda.runtime.Context;

import java.util.List;
import java.util.Map;

/** A handler named {@code GreetingMethods::greet}: no Lambda interface, a generic POJO in and out. */
public class GreetingMethods {

    public Map<String, List<String>> greet(Map<String, String> person, Context context) {
        return Map.of("greetings", List.of("hello " + person.get("name"), "from " + context.getFunctionName()));
    }
}
