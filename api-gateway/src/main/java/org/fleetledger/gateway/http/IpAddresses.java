package org.fleetledger.gateway.http;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * IP address literals: checked by their form alone (never resolved as host names) and kept in their
 * canonical form, so that an exact-match filter finds {@code 2001:db8::1} however it was written.
 */
public final class IpAddresses {

    private static final Pattern IPV4 = Pattern.compile(
            "((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)");
    private static final Pattern IPV6_CHARACTERS = Pattern.compile("[0-9A-Fa-f:.]+");

    private IpAddresses() {
    }

    public static boolean isValid(String text) {
        return canonical(text) != null;
    }

    /** The canonical text of an IPv4 or IPv6 literal, or null when {@code text} is not one. */
    public static String canonical(String text) {
        if (text == null || text.isEmpty() || text.length() > 45) {
            return null;
        }
        if (IPV4.matcher(text).matches()) {
            return text;
        }
        if (!text.contains(":") || !IPV6_CHARACTERS.matcher(text).matches()) {
            return null;
        }
        try {
            // Only hex digits, colons and dots reach this point, so this parses a literal: no lookup.
            InetAddress address = InetAddress.getByName("[" + text + "]");
            return address instanceof Inet6Address ? compressed(address.getHostAddress()) : address.getHostAddress();
        } catch (UnknownHostException | IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * An address filter's value: the canonical form when it is an address, else the text as sent
     * (which then matches nothing, as no stored address has that form).
     */
    public static String canonicalOrAsSent(String text) {
        String canonical = canonical(text);
        return canonical == null ? text : canonical;
    }

    /** The bytes of an address already in canonical form (4 for IPv4, 16 for IPv6). */
    public static byte[] bytes(String canonicalAddress) {
        try {
            // a checked literal: parsed, never looked up
            String literal = canonicalAddress.contains(":") ? "[" + canonicalAddress + "]" : canonicalAddress;
            return InetAddress.getByName(literal).getAddress();
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("not an address literal: " + canonicalAddress, e);
        }
    }

    /** RFC 5952 text: lowercase, no leading zeros, the longest run of two or more zero groups as "::". */
    private static String compressed(String full) {
        String[] groups = full.split(":");
        int bestStart = -1;
        int bestLength = 0;
        for (int i = 0; i < groups.length; ) {
            if (!groups[i].equals("0")) {
                i++;
                continue;
            }
            int start = i;
            while (i < groups.length && groups[i].equals("0")) {
                i++;
            }
            if (i - start > bestLength) {
                bestStart = start;
                bestLength = i - start;
            }
        }
        if (bestLength < 2) {
            return String.join(":", groups);
        }
        String head = String.join(":", Arrays.copyOfRange(groups, 0, bestStart));
        String tail = String.join(":", Arrays.copyOfRange(groups, bestStart + bestLength, groups.length));
        return head + "::" + tail;
    }
}
