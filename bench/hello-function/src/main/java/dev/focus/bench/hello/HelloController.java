package dev.focus.bench.hello;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;

/** The smallest route a Focus function can serve: the cold-start and warm-path baseline. */
@Controller("/hello")
class HelloController {

    @Get
    Greeting hello() {
        return new Greeting("hello");
    }
}
