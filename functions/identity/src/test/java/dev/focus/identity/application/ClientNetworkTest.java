package dev.focus.identity.application;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("the client network the throttle counts")
class ClientNetworkTest {

    @Test
    @DisplayName("an IPv6 address counts as its /64")
    void ipv6_counts_as_its_prefix() {
        assertThat(ClientNetwork.of("2001:db8:1:2:3:4:5:6")).isEqualTo("2001:db8:1:2::/64");
        assertThat(ClientNetwork.of("2001:DB8:1:2::ab")).isEqualTo("2001:db8:1:2::/64");
        assertThat(ClientNetwork.of("2001:db8::1")).isEqualTo("2001:db8:0:0::/64");
    }

    @Test
    @DisplayName("an IPv4-mapped IPv6 address counts as its IPv4 address")
    void ipv4_mapped_counts_as_ipv4() {
        assertThat(ClientNetwork.of("::ffff:198.51.100.7")).isEqualTo("198.51.100.7");
        assertThat(ClientNetwork.of("::ffff:c633:6407")).isEqualTo("198.51.100.7");
    }

    @Test
    @DisplayName("an IPv4 address counts as itself, and what is no address stays as it came")
    void ipv4_and_anything_else_stay() {
        assertThat(ClientNetwork.of("198.51.100.7")).isEqualTo("198.51.100.7");
        assertThat(ClientNetwork.of("gateway.invalid")).isEqualTo("gateway.invalid");
        assertThat(ClientNetwork.of("1:2:3")).isEqualTo("1:2:3");
    }
}
