package dev.focus.localstack.fuzz;

import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;

import java.util.List;
import java.util.Optional;

/** One operation of a served document, with its schemas resolved. */
record Operation(String document, String method, String template, String id, List<Parameter> parameters,
                 Optional<Schema<?>> body, boolean secured) {

    List<Parameter> in(String location) {
        return parameters.stream().filter(p -> location.equals(p.getIn())).toList();
    }

    @Override
    public String toString() {
        return method + " " + template + " (" + id + " in " + document + ")";
    }
}
