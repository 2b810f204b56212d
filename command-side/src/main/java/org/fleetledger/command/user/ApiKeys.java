package org.fleetledger.command.user;

import org.fleetledger.events.user.ApiKeyHash;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * API keys: generation, the stored hash, and the constant-time check. Generated keys carry 128 random
 * bits, so a salted SHA-256 is enough to make a leaked hash useless, and it keeps authentication cheap
 * on every request (see docs/adr/0004-api-key-hashing.md).
 */
public final class ApiKeys {

    static final String ALGORITHM = "sha256-salted";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final HexFormat HEX = HexFormat.of();

    private ApiKeys() {
    }

    /** A new key: 128 random bits as 32 lowercase hex characters, like Craton's bootstrap keys. */
    public static String generate() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return HEX.formatHex(bytes);
    }

    public static ApiKeyHash hash(String key) {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        return new ApiKeyHash(ALGORITHM, HEX.formatHex(salt), HEX.formatHex(digest(salt, key)));
    }

    /** True when {@code key} is the key behind {@code stored}; the comparison takes the same time either way. */
    public static boolean matches(String key, ApiKeyHash stored) {
        if (!ALGORITHM.equals(stored.algorithm())) {
            return false;
        }
        byte[] expected = HEX.parseHex(stored.hash());
        byte[] actual = digest(HEX.parseHex(stored.salt()), key);
        return MessageDigest.isEqual(expected, actual);
    }

    private static byte[] digest(byte[] salt, String key) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(salt);
            sha256.update(key.getBytes(StandardCharsets.UTF_8));
            return sha256.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
