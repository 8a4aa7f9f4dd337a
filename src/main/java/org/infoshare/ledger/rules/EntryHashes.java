package org.infoshare.ledger.rules;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.DigestException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Map;
import java.util.UUID;

/**
 * The ledger's hashing rules, in one place: an entry's content hash, and the chain hash that links it to its
 * predecessor. Fields are length-prefixed so that no two different entries share an encoding. Plain Java,
 * one instance per thread (MessageDigest is not thread-safe).
 *
 * <p>An entry's hash is SHA-256 over: the domain {@code infoshare-ledger-entry-v1} (length-prefixed), the time
 * recorded in microseconds since the epoch (8 bytes, big-endian), then action, actor id, organisation id,
 * subject type, subject id and canonical details, each as a 4-byte big-endian length and its UTF-8 bytes
 * (ids in their canonical lower-case form, an absent id as the empty string). Writers build it from strings
 * ({@link #entryHash}); the verifier builds the very same bytes from the raw UTF-8 it reads
 * ({@link #beginEntry}, {@link #text}, {@link #uuid}, {@link #finishEntry}).
 */
public final class EntryHashes {

    public static final int HASH_LENGTH = 32;
    public static final byte[] GENESIS = new byte[HASH_LENGTH];
    private static final byte[] ENTRY_DOMAIN = "infoshare-ledger-entry-v1".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] CHAIN_DOMAIN = "infoshare-ledger-chain-v1".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    private static final ThreadLocal<EntryHashes> PER_THREAD = ThreadLocal.withInitial(EntryHashes::new);

    private final MessageDigest sha256;
    private ByteBuffer buffer = ByteBuffer.allocate(1024);
    private final byte[] chainInput = new byte[8 + HASH_LENGTH + 8 + HASH_LENGTH];
    private final ByteBuffer chainBuffer = ByteBuffer.wrap(chainInput);

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
        beginEntry(recordedAtMicros);
        text(action);
        uuid(actorId);
        uuid(organisationId);
        text(subjectType);
        text(subjectId);
        text(canonicalDetails);
        byte[] hash = new byte[HASH_LENGTH];
        finishEntry(hash);
        return hash;
    }

    /** Starts an entry's encoding; follow with the six fields in order, then {@link #finishEntry}. */
    public EntryHashes beginEntry(long recordedAtMicros) {
        buffer.clear();
        ensure(4 + ENTRY_DOMAIN.length + 8);
        buffer.putInt(ENTRY_DOMAIN.length).put(ENTRY_DOMAIN).putLong(recordedAtMicros);
        return this;
    }

    /** A text field given as its UTF-8 bytes. */
    public EntryHashes text(byte[] utf8, int offset, int length) {
        ensure(4 + length);
        buffer.putInt(length).put(utf8, offset, length);
        return this;
    }

    public EntryHashes text(String value) {
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        return text(utf8, 0, utf8.length);
    }

    /** An id field, in the canonical 36-character form of {@link UUID#toString()}; null as the empty string. */
    public EntryHashes uuid(UUID id) {
        return id == null ? absentUuid() : uuid(id.getMostSignificantBits(), id.getLeastSignificantBits());
    }

    public EntryHashes uuid(long mostSignificant, long leastSignificant) {
        ensure(4 + 36);
        buffer.putInt(36);
        // Written straight into the array: this runs for two ids of every entry the verifier reads.
        byte[] out = buffer.array();
        int at = buffer.arrayOffset() + buffer.position();
        hex(out, at, mostSignificant >>> 32, 8);
        out[at + 8] = '-';
        hex(out, at + 9, mostSignificant >>> 16, 4);
        out[at + 13] = '-';
        hex(out, at + 14, mostSignificant, 4);
        out[at + 18] = '-';
        hex(out, at + 19, leastSignificant >>> 48, 4);
        out[at + 23] = '-';
        hex(out, at + 24, leastSignificant, 12);
        buffer.position(buffer.position() + 36);
        return this;
    }

    public EntryHashes absentUuid() {
        ensure(4);
        buffer.putInt(0);
        return this;
    }

    /** Completes the entry's encoding and writes its hash into {@code hash} (32 bytes). */
    public void finishEntry(byte[] hash) {
        sha256.update(buffer.array(), 0, buffer.position());
        digestInto(hash);
    }

    /** The chain hash of the entry at {@code seq}: binds its position, its id and its content to everything before it. */
    public byte[] chainHash(long seq, byte[] previousChainHash, long entryId, byte[] entryHash) {
        byte[] hash = new byte[HASH_LENGTH];
        chainHash(seq, previousChainHash, entryId, entryHash, hash);
        return hash;
    }

    /** As {@link #chainHash(long, byte[], long, byte[])}, into {@code hash} (32 bytes). */
    public void chainHash(long seq, byte[] previousChainHash, long entryId, byte[] entryHash, byte[] hash) {
        sha256.update(CHAIN_DOMAIN);
        chainBuffer.clear();
        chainBuffer.putLong(seq).put(previousChainHash, 0, HASH_LENGTH).putLong(entryId).put(entryHash, 0, HASH_LENGTH);
        sha256.update(chainInput, 0, chainBuffer.position());
        digestInto(hash);
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

    private static void hex(byte[] out, int at, long value, int digits) {
        for (int i = digits - 1; i >= 0; i--) {
            out[at + i] = HEX[(int) value & 0xf];
            value >>>= 4;
        }
    }

    private void digestInto(byte[] hash) {
        try {
            sha256.digest(hash, 0, HASH_LENGTH);
        } catch (DigestException e) {
            throw new IllegalArgumentException("A hash needs " + HASH_LENGTH + " bytes", e);
        }
    }

    private void ensure(int extra) {
        if (buffer.remaining() < extra) {
            ByteBuffer bigger = ByteBuffer.allocate(Math.max(buffer.capacity() * 2, buffer.position() + extra));
            buffer.flip();
            bigger.put(buffer);
            buffer = bigger;
        }
    }
}
