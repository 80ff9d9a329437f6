package dev.focus.identity.application;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;

/**
 * The part of a client address that the throttle counts: an IPv4 address as it is, an IPv6 address as its /64
 * (one subscriber's prefix, inside which a client picks addresses freely), and an IPv4-mapped IPv6 address as
 * the IPv4 address it maps. The audit log keeps the full address.
 */
public final class ClientNetwork {

    /** Only literals reach InetAddress: a string with a colon is parsed, never looked up in DNS. */
    private static final Pattern IPV6_LITERAL = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

    private ClientNetwork() {
    }

    public static String of(String clientIp) {
        String ip = clientIp.trim();
        if (!IPV6_LITERAL.matcher(ip).matches()) {
            return ip;
        }
        try {
            InetAddress address = InetAddress.getByName(ip);
            if (address instanceof Inet4Address) {
                return address.getHostAddress();
            }
            byte[] bytes = address.getAddress();
            StringBuilder prefix = new StringBuilder();
            for (int group = 0; group < 4; group++) {
                prefix.append(Integer.toHexString(((bytes[2 * group] & 0xff) << 8) | (bytes[2 * group + 1] & 0xff)))
                        .append(':');
            }
            return prefix.append(":/64").toString();
        } catch (UnknownHostException notAnAddress) {
            return ip;
        }
    }
}
