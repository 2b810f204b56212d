package org.fleetledger.gateway.http;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IpAddressesTest {

    @Test
    void keepsIpv4AsWritten() {
        assertThat(IpAddresses.canonical("192.168.1.3")).isEqualTo("192.168.1.3");
        assertThat(IpAddresses.canonical("0.0.0.0")).isEqualTo("0.0.0.0");
    }

    @Test
    void writesIpv6Canonically() {
        assertThat(IpAddresses.canonical("2001:0DB8:0000:0000:0000:0000:0000:0001")).isEqualTo("2001:db8::1");
        assertThat(IpAddresses.canonical("1:0:0:2:0:0:0:3")).isEqualTo("1:0:0:2::3");
        assertThat(IpAddresses.canonical("::1")).isEqualTo("::1");
        assertThat(IpAddresses.canonical("fe80::")).isEqualTo("fe80::");
        assertThat(IpAddresses.canonical("2001:db8:1:2:3:4:5:6")).isEqualTo("2001:db8:1:2:3:4:5:6");
    }

    @Test
    void refusesWhatIsNotAnAddressWithoutLookingItUp() {
        assertThat(IpAddresses.canonical("localhost")).isNull();
        assertThat(IpAddresses.canonical("256.1.1.1")).isNull();
        assertThat(IpAddresses.canonical("10.0.0")).isNull();
        assertThat(IpAddresses.canonical("01.2.3.4")).isNull();
        assertThat(IpAddresses.canonical("2001:db8::1::2")).isNull();
        assertThat(IpAddresses.canonical("")).isNull();
        assertThat(IpAddresses.canonical("example.com")).isNull();
    }
}
