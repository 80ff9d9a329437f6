package dev.focus.localstack;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Escaping for the few pages the stack renders itself. */
final class Html {

    private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"']+");

    private Html() {
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        var out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Escapes plain text and turns every http(s) URL in it into a link that opens in a new tab. */
    static String escapeWithLinks(String text) {
        if (text == null) {
            return "";
        }
        Matcher matcher = URL.matcher(text);
        var out = new StringBuilder();
        int last = 0;
        while (matcher.find()) {
            out.append(escape(text.substring(last, matcher.start())));
            String url = escape(matcher.group());
            out.append("<a href=\"").append(url).append("\" target=\"_blank\" rel=\"noopener\">").append(url).append("</a>");
            last = matcher.end();
        }
        out.append(escape(text.substring(last)));
        return out.toString();
    }
}
