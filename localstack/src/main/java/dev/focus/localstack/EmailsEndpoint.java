package dev.focus.localstack;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * {@code /_local/emails}: every email sent through the local SES endpoint, newest first, as JSON for tests
 * and scripts, or as a page for people ({@code /_local/emails.html}, or any request that accepts text/html).
 */
final class EmailsEndpoint {

    static final String JSON_PATH = "/_local/emails";
    static final String HTML_PATH = "/_local/emails.html";

    private final Supplier<List<Email>> emails;
    private final ObjectMapper json;

    EmailsEndpoint(Supplier<List<Email>> emails, ObjectMapper json) {
        this.emails = emails;
        this.json = json;
    }

    static boolean serves(String path) {
        return path.equals(JSON_PATH) || path.equals(HTML_PATH);
    }

    LocalResponse handle(LocalRequest request) {
        List<Email> sent = emails.get();
        if (request.path().equals(HTML_PATH) || request.prefersHtml()) {
            return LocalResponse.html(page(sent));
        }
        return LocalResponse.json(200, toJson(sent));
    }

    private String toJson(List<Email> sent) {
        List<Map<String, Object>> items = sent.stream().map(EmailsEndpoint::asJsonObject).toList();
        try {
            return json.writeValueAsString(items);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the sent emails as JSON", e);
        }
    }

    private static Map<String, Object> asJsonObject(Email email) {
        var item = new LinkedHashMap<String, Object>();
        item.put("message_id", email.messageId());
        item.put("to", email.to());
        item.put("from", email.from());
        item.put("subject", email.subject());
        item.put("text", email.text());
        item.put("html", email.html());
        item.put("sent_at", email.sentAt().toString());
        return item;
    }

    private static String page(List<Email> sent) {
        var body = new StringBuilder();
        if (sent.isEmpty()) {
            body.append("<p>No email sent yet. Register a user and this page shows the verification email.</p>");
        }
        for (Email email : sent) {
            body.append("<article>")
                    .append("<h2>").append(Html.escape(email.subject())).append("</h2>")
                    .append("<p class=\"meta\">From ").append(Html.escape(email.from()))
                    .append(" to ").append(Html.escape(String.join(", ", email.to())))
                    .append(" at ").append(Html.escape(email.sentAt().toString())).append("</p>");
            if (email.html() != null && !email.html().isBlank()) {
                // the sandbox keeps the email's own scripts out; <base target> opens its links in a new tab
                String document = "<base target=\"_blank\">" + email.html();
                body.append("<iframe sandbox=\"allow-popups allow-popups-to-escape-sandbox\" srcdoc=\"")
                        .append(Html.escape(document)).append("\"></iframe>");
            }
            if (email.text() != null && !email.text().isBlank()) {
                body.append("<details").append(email.html() == null || email.html().isBlank() ? " open" : "")
                        .append("><summary>Text part</summary><pre>")
                        .append(Html.escapeWithLinks(email.text())).append("</pre></details>");
            }
            body.append("</article>");
        }
        return """
                <!DOCTYPE html>
                <html lang="en">
                <head>
                  <meta charset="utf-8">
                  <title>Sent emails (Focus local stack)</title>
                  <style>
                    body { font-family: sans-serif; margin: 20px auto; max-width: 900px; color: #1f2a36; }
                    article { border: 1px solid #ccd; border-radius: 6px; padding: 12px 16px; margin: 16px 0; }
                    h2 { font-size: 1.1em; margin: 0 0 4px; }
                    .meta { color: #667; margin: 0 0 8px; font-size: 0.9em; }
                    iframe { width: 100%%; min-height: 320px; border: 1px solid #eee; }
                    pre { white-space: pre-wrap; }
                  </style>
                </head>
                <body>
                <h1>Sent emails</h1>
                <p>%d sent, newest first. <a href="%s">Refresh</a> · <a href="%s">JSON</a> · <a href="/docs">API docs</a></p>
                %s
                </body>
                </html>
                """.formatted(sent.size(), HTML_PATH, JSON_PATH, body);
    }
}
