package org.infoshare.ledger.rules;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Map;
import java.util.UUID;

/**
 * The ledger's hashing rules, in one place: an entry's content hash, and the chain hash that links it to its
 * predecessor. Fields are length-prefixed so that no two different entries share an encoding. Plain Java,
 * one instance per thread (MessageDigest is not thread-safe).
 */
public final class EntryHashes {

    public static final int HASH_LENGTH = 32;
    public static final byte[] GENESIS = new byte[HASH_LENGTH];
    private static final byte[] ENTRY_DOMAIN = "infoshare-ledger-entry-v1".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] CHAIN_DOMAIN = "infoshare-ledger-chain-v1".getBytes(StandardCharsets.US_ASCII);
    private static final ThreadLocal<EntryHashes> PER_THREAD = ThreadLocal.withInitial(EntryHashes::new);

    private final MessageDigest sha256;
    private ByteBuffer buffer = ByteBuffer.allocate(1024);

    public EntryHashes() {
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required", e);
        }
    }

    public static EntryHashes forThisThread() {
        return PER_THREAD.get();
    }

    /** The content hash of an entry: everything recorded about the change except its place in the chain. */
    public byte[] entryHash(long recordedAtMicros, String action, UUID actorId, UUID organisationId,
                            String subjectType, String subjectId, String canonicalDetails) {
        buffer.clear();
        put(ENTRY_DOMAIN);
        ensure(8);
        buffer.putLong(recordedAtMicros);
        put(action);
        put(actorId == null ? "" : actorId.toString());
        put(organisationId == null ? "" : organisationId.toString());
        put(subjectType);
        put(subjectId);
        put(canonicalDetails);
        sha256.update(buffer.array(), 0, buffer.position());
        return sha256.digest();
    }

    /** The chain hash of the entry at {@code seq}: binds its position, its id and its content to everything before it. */
    public byte[] chainHash(long seq, byte[] previousChainHash, long entryId, byte[] entryHash) {
        sha256.update(CHAIN_DOMAIN);
        sha256.update(longBytes(seq));
        sha256.update(previousChainHash);
        sha256.update(longBytes(entryId));
        sha256.update(entryHash);
        return sha256.digest();
    }

    /** Details as stored and hashed: keys sorted, JSON-escaped, no whitespace. */
    public static String canonicalDetails(Map<String, String> details) {
        StringBuilder json = new StringBuilder(16 + details.size() * 32).append('{');
        details.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(entry -> {
            if (json.length() > 1) {
                json.append(',');
            }
            quote(json, entry.getKey()).append(':');
            quote(json, entry.getValue());
        });
        return json.append('}').toString();
    }

    private static StringBuilder quote(StringBuilder out, String value) {
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"');
    }

    private void put(byte[] bytes) {
        ensure(4 + bytes.length);
        buffer.putInt(bytes.length).put(bytes);
    }

    private void put(String value) {
        put(value.getBytes(StandardCharsets.UTF_8));
    }

    private void ensure(int extra) {
        if (buffer.remaining() < extra) {
            ByteBuffer bigger = ByteBuffer.allocate(Math.max(buffer.capacity() * 2, buffer.position() + extra));
            buffer.flip();
            bigger.put(buffer);
            buffer = bigger;
        }
    }

    private final byte[] longScratch = new byte[8];

    private byte[] longBytes(long value) {
        for (int i = 7; i >= 0; i--) {
            longScratch[i] = (byte) value;
            value >>>= 8;
        }
        return longScratch;
    }
}
