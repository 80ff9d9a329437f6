package dev.focus.localstack;

/** A link shown above Swagger UI, for documents that are not OpenAPI (the sent emails, later the WebSocket protocol). */
record DocLink(String title, String href) {
}
