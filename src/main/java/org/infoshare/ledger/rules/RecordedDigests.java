package org.infoshare.ledger.rules;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * What the ledger last recorded of each protected record (ADR 0063), gathered from the entries as the verifier
 * reads them for the chain: for every record of a protected kind, the digest its latest entry carrying one holds,
 * and whether any entry names it at all. Then {@link #compare} judges every stored record against it.
 *
 * <p>The digest is read from the entry's details as stored, the same bytes whose hash the chain pass checks:
 * canonical details ({@link EntryHashes#canonicalDetails}) hold it as {@code ,"row-digest":"…"} or
 * {@code {"row-digest":"…"}. Details that name {@code row-digest} in any other way (never written by the
 * application) make the gathering {@link #irregular()}, and the caller reads the digests by SQL instead, as
 * PostgreSQL parses JSON.
 *
 * <p>An entry may also list records it leaves gone ({@link GoneRecords}, ADR 0097: a disposal batch's one entry per
 * kind): each record it lists is taken as named by an entry carrying {@link RecordFinding#GONE} at that entry's id,
 * as if it had an entry of its own. Canonical details hold the list as {@code "gone-records":"…"}, its value whole
 * ids of 32 lower-case hex digits; anything else naming that key is irregular too.
 *
 * <p>Not thread-safe: each reader gathers its own, and the parts are combined with {@link #include}.
 */
public final class RecordedDigests {

    private static final byte[] KEY = "row-digest".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] GONE_KEY = GoneRecords.KEY.getBytes(StandardCharsets.US_ASCII);

    /** The latest entry carrying a digest for one record, or none yet ({@code digestEntry} 0). */
    private static final class Latest {
        long digestEntry;
        String digest;

        void update(long entryId, String digest) {
            if (entryId > digestEntry) {
                digestEntry = entryId;
                this.digest = digest;
            }
        }
    }

    private final byte[][] types;
    private final List<Map<String, Latest>> byKind;
    private boolean irregular;

    /** @param types the protected kinds' subject types, in the order the caller numbers them */
    public RecordedDigests(List<String> types) {
        this.types = types.stream().map(type -> type.getBytes(StandardCharsets.UTF_8)).toArray(byte[][]::new);
        this.byKind = new ArrayList<>(types.size());
        for (int i = 0; i < types.size(); i++) {
            byKind.add(new HashMap<>());
        }
    }

    /** Which protected kind a subject type (UTF-8, in place) is, or -1 when it is not protected. */
    public int kindOf(byte[] bytes, int offset, int length) {
        if (length < 0) {
            return -1;
        }
        for (int kind = 0; kind < types.length; kind++) {
            if (Arrays.equals(bytes, offset, offset + length, types[kind], 0, types[kind].length)) {
                return kind;
            }
        }
        return -1;
    }

    /**
     * One entry about a record of a protected kind, in any order of entries.
     *
     * @param details the entry's details as stored (UTF-8, in place); a negative length for none
     */
    public void entry(int kind, long entryId, String subjectId, byte[] details, int offset, int length) {
        Map<String, Latest> records = byKind.get(kind);
        Latest latest = records.computeIfAbsent(subjectId, id -> new Latest());
        String digest = length < 0 ? null : digestIn(details, offset, length);
        if (digest != null) {
            latest.update(entryId, digest);
        }
        if (length >= 0) {
            goneIn(records, entryId, details, offset, length);
        }
    }

    /** One entry given as text (entries read outside the chain pass: those waiting to be chained). */
    public void entry(String subjectType, long entryId, String subjectId, String details) {
        byte[] type = subjectType.getBytes(StandardCharsets.UTF_8);
        int kind = kindOf(type, 0, type.length);
        if (kind >= 0) {
            byte[] bytes = details == null ? new byte[0] : details.getBytes(StandardCharsets.UTF_8);
            entry(kind, entryId, subjectId, bytes, 0, details == null ? -1 : bytes.length);
        }
    }

    /** Adds what another reader gathered from other entries. */
    public void include(RecordedDigests part) {
        irregular |= part.irregular;
        for (int kind = 0; kind < byKind.size(); kind++) {
            Map<String, Latest> into = byKind.get(kind);
            part.byKind.get(kind).forEach((id, theirs) -> {
                Latest ours = into.putIfAbsent(id, theirs);
                if (ours != null) {
                    ours.update(theirs.digestEntry, theirs.digest);
                }
            });
        }
    }

    /** Whether some entry named its digest in a form this reading does not take, so that SQL must read them. */
    public boolean irregular() {
        return irregular;
    }

    /** How many records of all kinds the entries name. */
    public int records() {
        return byKind.stream().mapToInt(Map::size).sum();
    }

    /**
     * Judges every record of one kind: each stored one with its live digest, then each one the ledger names that
     * is no longer stored. Consumes what was gathered for the kind.
     *
     * @param live     every stored record of the kind: its id as text and its live digest
     * @param findings each record that is not as the ledger last recorded it
     */
    public void compare(int kind, Map<String, String> live, Consumer<Finding> findings) {
        Map<String, Latest> recorded = byKind.get(kind);
        live.forEach((id, digest) -> {
            Latest latest = recorded.remove(id);
            RecordFinding.judge(digest, latest == null ? null : latest.digest, latest != null)
                    .ifPresent(found -> findings.accept(new Finding(found, id)));
        });
        recorded.forEach((id, latest) -> RecordFinding.judge(null, latest.digest, true)
                .ifPresent(found -> findings.accept(new Finding(found, id))));
        recorded.clear();
    }

    /** A record found not as recorded, within its kind. */
    public record Finding(RecordFinding.Kind kind, String recordId) {
    }

    /**
     * The digest canonical details carry, or null when they carry none. Anything else naming the key marks the
     * gathering irregular.
     */
    private String digestIn(byte[] details, int offset, int length) {
        long value = canonicalValue(KEY, details, offset, length);
        return value < 0 ? null : new String(details, (int) (value >>> 32), (int) value - (int) (value >>> 32), StandardCharsets.UTF_8);
    }

    /**
     * Takes each record that canonical details list as gone as named at this entry (ADR 0097). Anything else naming the
     * key, or a list that is not whole ids of lower-case hex digits, marks the gathering irregular and takes none.
     */
    private void goneIn(Map<String, Latest> records, long entryId, byte[] details, int offset, int length) {
        long value = canonicalValue(GONE_KEY, details, offset, length);
        if (value < 0) {
            return;
        }
        int valueStart = (int) (value >>> 32);
        int valueEnd = (int) value;
        boolean whole = valueEnd > valueStart && (valueEnd - valueStart) % GoneRecords.WIDTH == 0;
        List<String> ids = new ArrayList<>(whole ? (valueEnd - valueStart) / GoneRecords.WIDTH : 0);
        for (int from = valueStart; whole && from < valueEnd; from += GoneRecords.WIDTH) {
            String id = GoneRecords.idAt(details, from);
            if (id == null) {
                whole = false;
            } else {
                ids.add(id);
            }
        }
        if (!whole) {
            irregular = true;
            return;
        }
        for (String id : ids) {
            records.computeIfAbsent(id, any -> new Latest()).update(entryId, RecordFinding.GONE);
        }
    }

    /**
     * Where canonical details hold {@code key} once, as {@code "key":"value"} opened by <code>{</code> or {@code ,}
     * and closed by {@code ,} or <code>}</code>, with no quote or backslash in the value: its start and end, as
     * {@code start << 32 | end}. -1 when the details do not name the key; when they name it in any other way, the
     * gathering is marked irregular and -1 returned.
     */
    private long canonicalValue(byte[] key, byte[] details, int offset, int length) {
        int end = offset + length;
        int at = indexOf(key, details, offset, end);
        if (at < 0) {
            return -1;
        }
        int valueStart = at + key.length + 3;
        int valueEnd = valueStart;
        while (valueEnd < end && details[valueEnd] != '"' && details[valueEnd] != '\\') {
            valueEnd++;
        }
        boolean canonical = at - 2 >= offset && details[at - 1] == '"' && (details[at - 2] == '{' || details[at - 2] == ',')
                && valueStart <= end && details[valueStart - 3] == '"' && details[valueStart - 2] == ':' && details[valueStart - 1] == '"'
                && valueEnd + 1 < end && details[valueEnd] == '"' && (details[valueEnd + 1] == ',' || details[valueEnd + 1] == '}')
                && indexOf(key, details, at + key.length, end) < 0;
        if (!canonical) {
            irregular = true;
            return -1;
        }
        return (long) valueStart << 32 | valueEnd;
    }

    private static int indexOf(byte[] key, byte[] bytes, int from, int end) {
        outer:
        for (int i = from; i <= end - key.length; i++) {
            for (int j = 0; j < key.length; j++) {
                if (bytes[i + j] != key[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
