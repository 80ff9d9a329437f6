package dev.focus.localstack.fuzz;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads served OpenAPI documents into {@link Operation}s. */
final class ServedDocuments {

    private ServedDocuments() {
    }

    static List<Operation> operations(String documentName, String yaml) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        options.setResolveFully(true);
        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(yaml, null, options);
        OpenAPI api = parsed.getOpenAPI();
        if (api == null || (parsed.getMessages() != null && !parsed.getMessages().isEmpty())) {
            throw new AssertionError(documentName + " is not a valid OpenAPI document: " + parsed.getMessages());
        }
        List<Operation> operations = new ArrayList<>();
        for (Map.Entry<String, PathItem> path : api.getPaths().entrySet()) {
            path.getValue().readOperationsMap().forEach((method, op) -> {
                List<io.swagger.v3.oas.models.parameters.Parameter> parameters = new ArrayList<>();
                if (path.getValue().getParameters() != null) {
                    parameters.addAll(path.getValue().getParameters());
                }
                if (op.getParameters() != null) {
                    parameters.addAll(op.getParameters());
                }
                Optional<Schema<?>> body = Optional.ofNullable(op.getRequestBody())
                        .map(b -> b.getContent())
                        .map(content -> content.get("application/json"))
                        .map(MediaType::getSchema)
                        .map(schema -> (Schema<?>) schema);
                boolean secured = op.getSecurity() != null ? !op.getSecurity().isEmpty()
                        : api.getSecurity() != null && !api.getSecurity().isEmpty();
                operations.add(new Operation(documentName, method.name(), path.getKey(), op.getOperationId(),
                        List.copyOf(parameters), body, secured));
            });
        }
        return operations;
    }
}
