package dev.focus.localstack;

import java.util.Map;

/**
 * {@code /_local/web/...}: minimal stand-ins for the web app's pages that emails link to, so that a link read on
 * the emails page works with no web app running. Each page calls the real API from the browser. With
 * {@code --web-base-url} the links point at a real web app instead and these pages go unused.
 */
final class WebStandIns {

    static final String PREFIX = "/_local/web";

    /** A page: its title, what it asks of the user, the API call it makes and the JSON body it sends. */
    private record Page(String title, String explanation, String formFields, String apiPath, String bodyScript) {
    }

    private static final Map<String, Page> PAGES = Map.of(
            PREFIX + "/verify-email", new Page("Confirm your email address",
                    "This stands in for the web app's page: it sends the token from the link to the API.",
                    "",
                    "/api/v1/auth/verify-email",
                    "({token})"),
            PREFIX + "/reset-password", new Page("Choose a new password",
                    "This stands in for the web app's page: it sends the token from the link and your new password to the API.",
                    "<label>New password <input type=\"password\" name=\"new_password\" required minlength=\"10\"></label>",
                    "/api/v1/auth/reset-password",
                    "({token, new_password: form.new_password.value})"));

    static boolean serves(String path) {
        return PAGES.containsKey(path);
    }

    LocalResponse handle(LocalRequest request) {
        Page page = PAGES.get(request.path());
        return LocalResponse.html("""
                <!DOCTYPE html>
                <html lang="en">
                <head>
                  <meta charset="utf-8">
                  <title>%1$s (Focus local stack)</title>
                  <style>
                    body { font-family: sans-serif; margin: 40px auto; max-width: 600px; color: #1f2a36; }
                    label, button { display: block; margin: 12px 0; }
                    pre { background: #f4f6f8; padding: 12px; white-space: pre-wrap; }
                  </style>
                </head>
                <body>
                <h1>%1$s</h1>
                <p>%2$s</p>
                <form id="form">%3$s<button type="submit">Send</button></form>
                <pre id="result"></pre>
                <p><a href="%5$s">Sent emails</a> · <a href="/docs">API docs</a></p>
                <script>
                  const token = new URLSearchParams(location.search).get("token") || "";
                  const form = document.getElementById("form");
                  form.addEventListener("submit", async event => {
                    event.preventDefault();
                    const response = await fetch("%4$s", {
                      method: "POST",
                      headers: {"Content-Type": "application/json"},
                      body: JSON.stringify(%6$s)
                    });
                    const text = await response.text();
                    document.getElementById("result").textContent = response.status + " " + response.statusText + "\\n" + text;
                  });
                </script>
                </body>
                </html>
                """.formatted(Html.escape(page.title()), Html.escape(page.explanation()), page.formFields(),
                page.apiPath(), EmailsEndpoint.HTML_PATH, page.bodyScript()));
    }
}
