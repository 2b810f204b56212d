package org.fleetledger.gateway.http;

import java.math.BigInteger;
import java.util.regex.Pattern;

/**
 * Network blocks and masks, checked by their form alone: a CIDR is an IPv4 or IPv6 literal with a
 * prefix length that fits it, a netmask is an address whose bits are ones followed by zeros.
 */
public final class NetworkAddresses {

    private static final Pattern PREFIX = Pattern.compile("0|[1-9]\\d{0,2}");

    private NetworkAddresses() {
    }

    /** The canonical form of a CIDR block ({@code 2001:DB8::/32} → {@code 2001:db8::/32}), or null when it is not one. */
    public static String canonicalCidr(String text) {
        if (text == null) {
            return null;
        }
        int slash = text.indexOf('/');
        if (slash < 0 || !PREFIX.matcher(text.substring(slash + 1)).matches()) {
            return null;
        }
        String address = IpAddresses.canonical(text.substring(0, slash));
        if (address == null) {
            return null;
        }
        int prefix = Integer.parseInt(text.substring(slash + 1));
        return prefix <= bits(address) ? address + "/" + prefix : null;
    }

    /** The canonical form of a netmask ({@code 255.255.255.0}), or null when it is not one. */
    public static String canonicalNetmask(String text) {
        String address = IpAddresses.canonical(text);
        if (address == null) {
            return null;
        }
        BigInteger value = new BigInteger(1, IpAddresses.bytes(address));
        int bits = bits(address);
        // ones followed by zeros: inverted, it is 2^k - 1, so adding one leaves a single bit set
        BigInteger inverted = value.xor(BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE));
        return inverted.add(BigInteger.ONE).bitCount() == 1 ? address : null;
    }

    private static int bits(String canonicalAddress) {
        return canonicalAddress.contains(":") ? 128 : 32;
    }
}
