package org.infoshare.readlog;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.infoshare.database.PagedQuery;
import org.infoshare.shared.ListFilter;
import org.infoshare.shared.Page;
import org.infoshare.shared.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The read log's SQL: one multi-row insert per reading transaction, lists by person or record, sealed windows. */
@Repository
class ReadLogStore {

    /** A read waiting for its transaction to commit. */
    record Pending(Instant at, UUID readerId, UUID readerOrganisationId, RecordKind kind, UUID recordId, UUID subjectId,
                   UUID ownerOrganisationId, ReadHow how) {
    }


    /** A sealed window of reads. */
    record Seal(long id, Instant from, Instant to, long count, byte[] digest, Instant sealedAt, Instant disposedAt) {
    }

    private final JdbcClient jdbc;

    ReadLogStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(List<Pending> reads) {
        StringBuilder sql = new StringBuilder("""
                insert into record_read (read_at, reader_id, reader_organisation, record_kind, record_id, subject_id, owner_organisation, how) values """);
        JdbcClient.StatementSpec spec = null;
        for (int i = 0; i < reads.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append("(:at").append(i).append(", :reader").append(i).append(", :readerOrg").append(i)
                    .append(", :kind").append(i).append(", :record").append(i).append(", :subject").append(i)
                    .append(", :owner").append(i).append(", :how").append(i).append(')');
        }
        spec = jdbc.sql(sql.toString());
        for (int i = 0; i < reads.size(); i++) {
            Pending r = reads.get(i);
            spec = spec.param("at" + i, timestamp(r.at())).param("reader" + i, r.readerId()).param("readerOrg" + i, r.readerOrganisationId())
                    .param("kind" + i, r.kind().name()).param("record" + i, r.recordId()).param("subject" + i, r.subjectId())
                    .param("owner" + i, r.ownerOrganisationId()).param("how" + i, r.how().name());
        }
        jdbc.sql("set local synchronous_commit to off").update();
        spec.update();
    }

    /** The reads of records about the person older than {@code after} (newest first), for walking them all in pages. */
    List<RecordRead> ofSubjectBefore(UUID subjectId, RecordRead after, int limit) {
        if (after == null) {
            return ofSubject(subjectId, limit);
        }
        return jdbc.sql("""
                        select * from record_read where subject_id = :subject and (read_at, id) < (:at, :id)
                        order by read_at desc, id desc limit :limit""")
                .param("subject", subjectId).param("at", timestamp(after.readAt())).param("id", after.id()).param("limit", limit)
                .query(ReadLogStore::row).list();
    }

    List<RecordRead> ofSubject(UUID subjectId, int limit) {
        return jdbc.sql("select * from record_read where subject_id = :subject order by read_at desc, id desc limit :limit")
                .param("subject", subjectId).param("limit", limit).query(ReadLogStore::row).list();
    }

    /**
     * One page of the reads of the records one organisation holds about one person, newest first, narrowed to the
     * reader's organisation, a kind of record and the days read (each when given).
     */
    Page<RecordRead> ofSubjectPaged(UUID subjectId, UUID ownerOrganisationId, ListFilter filter, RecordKind kind, PageRequest request) {
        return PagedQuery.from(jdbc, "record_read r")
                .where("r.subject_id = :subject", "subject", subjectId)
                .where("r.owner_organisation = :owner", "owner", ownerOrganisationId)
                .whereGiven(filter.organisation(), "r.reader_organisation = :reader_organisation", "reader_organisation")
                .whereGiven(kind == null ? null : kind.name(), "r.record_kind = :kind", "kind")
                .whereGiven(filter.fromMoment(), "r.read_at >= :from", "from")
                .whereGiven(filter.toMomentExclusive(), "r.read_at < :to", "to")
                .page("r.*", "r.read_at desc, r.id desc", request, ReadLogStore::row);
    }

    /** The reads of one record older than {@code after} (newest first; the newest when null), for walking them all in batches. */
    List<RecordRead> ofRecordBefore(RecordKind kind, UUID recordId, RecordRead after, int limit) {
        if (after == null) {
            return jdbc.sql("select * from record_read where record_kind = :kind and record_id = :record order by read_at desc, id desc limit :limit")
                    .param("kind", kind.name()).param("record", recordId).param("limit", limit).query(ReadLogStore::row).list();
        }
        return jdbc.sql("""
                        select * from record_read where record_kind = :kind and record_id = :record and (read_at, id) < (:at, :id)
                        order by read_at desc, id desc limit :limit""")
                .param("kind", kind.name()).param("record", recordId).param("at", timestamp(after.readAt())).param("id", after.id())
                .param("limit", limit).query(ReadLogStore::row).list();
    }

    Optional<Seal> lastSeal() {
        return jdbc.sql("select * from record_read_seal order by window_from desc limit 1").query(ReadLogStore::seal).optional();
    }

    List<Seal> seals() {
        return jdbc.sql("select * from record_read_seal order by window_from").query(ReadLogStore::seal).list();
    }

    Optional<Instant> firstReadBefore(Instant to) {
        return jdbc.sql("select min(read_at) from record_read where read_at < :to").param("to", timestamp(to))
                .query((rs, n) -> Optional.ofNullable(rs.getObject(1, OffsetDateTime.class)).map(OffsetDateTime::toInstant))
                .single();
    }

    /** The count and digest of the reads from one instant up to, not including, another: every column of every row, in id order. */
    Digest digest(Instant from, Instant to) {
        MessageDigest sha = sha256();
        long[] count = {0};
        jdbc.sql("select * from record_read where read_at >= :from and read_at < :to order by id")
                .param("from", timestamp(from)).param("to", timestamp(to))
                .query(rs -> {
                    count[0]++;
                    sha.update(encode(row(rs, 0)));
                });
        return new Digest(count[0], sha.digest());
    }

    record Digest(long count, byte[] sha256) {
    }

    long insertSeal(Instant from, Instant to, Digest digest, Instant now) {
        return jdbc.sql("""
                        insert into record_read_seal (window_from, window_to, read_count, digest, sealed_at)
                        values (:from, :to, :count, :digest, :now) returning id""")
                .param("from", timestamp(from)).param("to", timestamp(to)).param("count", digest.count())
                .param("digest", digest.sha256()).param("now", timestamp(now))
                .query(Long.class).single();
    }

    private static byte[] encode(RecordRead r) {
        long micros = java.time.temporal.ChronoUnit.MICROS.between(Instant.EPOCH, r.readAt());
        String line = r.id() + "|" + micros + "|" + r.readerId() + "|"
                + r.readerOrganisationId() + "|" + r.kind() + "|" + r.recordId() + "|" + r.subjectId() + "|" + r.ownerOrganisationId()
                + "|" + r.how() + "\n";
        byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
        return ByteBuffer.allocate(4 + bytes.length).putInt(bytes.length).put(bytes).array();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static OffsetDateTime timestamp(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static RecordRead row(ResultSet rs, int n) throws SQLException {
        return new RecordRead(rs.getLong("id"), rs.getObject("read_at", OffsetDateTime.class).toInstant(),
                rs.getObject("reader_id", UUID.class), rs.getObject("reader_organisation", UUID.class),
                RecordKind.valueOf(rs.getString("record_kind")), rs.getObject("record_id", UUID.class),
                rs.getObject("subject_id", UUID.class), rs.getObject("owner_organisation", UUID.class), ReadHow.valueOf(rs.getString("how")));
    }

    private static Seal seal(ResultSet rs, int n) throws SQLException {
        OffsetDateTime disposed = rs.getObject("disposed_at", OffsetDateTime.class);
        return new Seal(rs.getLong("id"), rs.getObject("window_from", OffsetDateTime.class).toInstant(),
                rs.getObject("window_to", OffsetDateTime.class).toInstant(), rs.getLong("read_count"), rs.getBytes("digest"),
                rs.getObject("sealed_at", OffsetDateTime.class).toInstant(), disposed == null ? null : disposed.toInstant());
    }
}
