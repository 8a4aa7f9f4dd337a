package org.infoshare.dataset;

import java.nio.ByteBuffer;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.infoshare.dataset.rules.ColumnMode;
import org.infoshare.dataset.rules.ColumnSpec;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The datasets module's SQL. Rows live only in sealed blocks; everything else here is free of values. */
@Repository
class DatasetStore {

    private static final TypeReference<List<ColumnSpec>> SPEC_COLUMNS = new TypeReference<>() {
    };
    private static final TypeReference<List<DatasetUpload.PublishedColumn>> PUBLISHED_COLUMNS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    /** Reads blocks a few at a time, so a download never holds a whole dataset in memory. */
    private final JdbcTemplate streaming;
    private final JsonMapper json;

    DatasetStore(JdbcClient jdbc, DataSource dataSource, JsonMapper json) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.streaming = new JdbcTemplate(dataSource);
        this.streaming.setFetchSize(4);
        this.json = json;
    }

    // --- specifications --------------------------------------------------------------------------------

    void insertSpecification(DatasetSpecification spec, UUID actor, Instant now) {
        jdbc.sql("""
                        insert into dataset_specification (id, agreement_id, sender_organisation, recipient_organisation,
                            recipient_team, columns, version, created_at, created_by, updated_at, updated_by)
                        values (:id, :agreement, :sender, :recipient, :team, cast(:columns as jsonb), 0, :now, :actor, :now, :actor)""")
                .param("id", spec.id())
                .param("agreement", spec.agreementId())
                .param("sender", spec.senderOrganisationId())
                .param("recipient", spec.recipientOrganisationId())
                .param("team", spec.recipientTeamId())
                .param("columns", json.writeValueAsString(spec.columns()))
                .param("now", timestamp(now))
                .param("actor", actor)
                .update();
    }

    void updateSpecification(UUID id, UUID team, List<ColumnSpec> columns, int version, UUID actor, Instant now) {
        int updated = jdbc.sql("""
                        update dataset_specification set recipient_team = :team, columns = cast(:columns as jsonb),
                            version = version + 1, updated_at = :now, updated_by = :actor
                        where id = :id and version = :version""")
                .param("id", id)
                .param("team", team)
                .param("columns", json.writeValueAsString(columns))
                .param("version", version)
                .param("now", timestamp(now))
                .param("actor", actor)
                .update();
        if (updated == 0) {
            throw new OptimisticLockingFailureException("dataset specification " + id + " changed since version " + version);
        }
    }

    Optional<DatasetSpecification> specification(UUID id) {
        return jdbc.sql("select * from dataset_specification where id = :id").param("id", id)
                .query(this::specificationRow).optional();
    }

    Optional<DatasetSpecification> specificationFor(UUID agreement, UUID sender, UUID recipient) {
        return jdbc.sql("""
                        select * from dataset_specification
                        where agreement_id = :agreement and sender_organisation = :sender and recipient_organisation = :recipient""")
                .param("agreement", agreement).param("sender", sender).param("recipient", recipient)
                .query(this::specificationRow).optional();
    }

    /** Specifications the organisation sends or receives under. */
    List<DatasetSpecification> specificationsOf(UUID organisation) {
        return jdbc.sql("""
                        select * from dataset_specification
                        where sender_organisation = :organisation or recipient_organisation = :organisation
                        order by updated_at desc""")
                .param("organisation", organisation)
                .query(this::specificationRow).list();
    }

    private DatasetSpecification specificationRow(ResultSet rs, int row) throws SQLException {
        return new DatasetSpecification(
                rs.getObject("id", UUID.class),
                rs.getObject("agreement_id", UUID.class),
                rs.getObject("sender_organisation", UUID.class),
                rs.getObject("recipient_organisation", UUID.class),
                rs.getObject("recipient_team", UUID.class),
                json.readValue(rs.getString("columns"), SPEC_COLUMNS),
                rs.getInt("version"),
                rs.getObject("updated_at", OffsetDateTime.class).toInstant());
    }

    // --- uploads ---------------------------------------------------------------------------------------

    record NewUpload(UUID id, DatasetSpecification spec, int agreementVersion, UUID uploadedBy, DatasetCommands.Upload upload) {
    }

    /** Claims the idempotency key; false if the organisation has already used it. */
    boolean insertUpload(NewUpload upload, Instant now) {
        return jdbc.sql("""
                        insert into dataset_upload (id, specification_id, agreement_id, agreement_version, sender_organisation,
                            recipient_organisation, recipient_team, uploaded_by, idempotency_key, request_fingerprint, format,
                            column_mode, status, attempts, received_at)
                        values (:id, :spec, :agreement, :agreementVersion, :sender, :recipient, :team, :by, :key, :fingerprint,
                            :format, :mode, 'RECEIVING', 1, :now)
                        on conflict (sender_organisation, idempotency_key) do nothing""")
                .param("id", upload.id())
                .param("spec", upload.spec().id())
                .param("agreement", upload.spec().agreementId())
                .param("agreementVersion", upload.agreementVersion())
                .param("sender", upload.spec().senderOrganisationId())
                .param("recipient", upload.spec().recipientOrganisationId())
                .param("team", upload.spec().recipientTeamId())
                .param("by", upload.uploadedBy())
                .param("key", upload.upload().idempotencyKey())
                .param("fingerprint", upload.upload().fingerprint())
                .param("format", upload.upload().format().name())
                .param("mode", upload.upload().mode().name())
                .param("now", timestamp(now))
                .update() == 1;
    }

    record KeyedUpload(UUID id, String fingerprint, UploadStatus status) {
    }

    Optional<KeyedUpload> uploadByKey(UUID organisation, String key) {
        return jdbc.sql("select id, request_fingerprint, status from dataset_upload where sender_organisation = :organisation and idempotency_key = :key")
                .param("organisation", organisation).param("key", key)
                .query((rs, n) -> new KeyedUpload(rs.getObject("id", UUID.class), rs.getString("request_fingerprint"),
                        UploadStatus.valueOf(rs.getString("status"))))
                .optional();
    }

    /**
     * Locks the upload for an ingest attempt, for the rest of the current transaction; empty if another attempt
     * holds it right now.
     */
    Optional<UploadStatus> lockForAttempt(UUID id) {
        try {
            return jdbc.sql("select status from dataset_upload where id = :id for update nowait").param("id", id)
                    .query((rs, n) -> UploadStatus.valueOf(rs.getString("status"))).optional();
        } catch (PessimisticLockingFailureException e) {
            return Optional.empty();
        }
    }

    /** Starts another attempt on an upload whose earlier attempt failed or was interrupted. */
    void restart(UUID id, UUID uploadedBy, int agreementVersion, Instant now) {
        jdbc.sql("""
                        update dataset_upload set status = 'RECEIVING', attempts = attempts + 1, uploaded_by = :by,
                            agreement_version = :agreementVersion, received_at = :now, finished_at = null, report = null,
                            rows_read = null, problem_count = null
                        where id = :id""")
                .param("id", id).param("by", uploadedBy).param("agreementVersion", agreementVersion).param("now", timestamp(now))
                .update();
    }

    void publish(UUID id, long rowsRead, long rowCount, int blockCount, List<DatasetUpload.PublishedColumn> columns,
                 DatasetReport report, Instant now) {
        jdbc.sql("""
                        update dataset_upload set status = 'PUBLISHED', finished_at = :now, rows_read = :rowsRead,
                            row_count = :rowCount, block_count = :blocks, columns = cast(:columns as jsonb),
                            report = cast(:report as jsonb), problem_count = 0
                        where id = :id""")
                .param("id", id).param("now", timestamp(now)).param("rowsRead", rowsRead).param("rowCount", rowCount)
                .param("blocks", blockCount)
                .param("columns", json.writeValueAsString(columns))
                .param("report", json.writeValueAsString(report))
                .update();
    }

    /** Records how an attempt ended without publishing. */
    void finish(UUID id, UploadStatus status, long rowsRead, DatasetReport report, Instant now) {
        jdbc.sql("""
                        update dataset_upload set status = :status, finished_at = :now, rows_read = :rowsRead,
                            report = cast(:report as jsonb), problem_count = :problems
                        where id = :id and status <> 'PUBLISHED'""")
                .param("id", id).param("status", status.name()).param("now", timestamp(now)).param("rowsRead", rowsRead)
                .param("report", report == null ? null : json.writeValueAsString(report))
                .param("problems", report == null ? 0 : report.problemCount())
                .update();
    }

    Optional<DatasetUpload> upload(UUID id) {
        return jdbc.sql("select * from dataset_upload where id = :id").param("id", id).query(this::uploadRow).optional();
    }

    /** One of the organisation's published uploads, found by its id alone, however many it has sent since. */
    Optional<DatasetUpload> publishedBy(UUID organisation, UUID id) {
        return jdbc.sql("select * from dataset_upload where id = :id and sender_organisation = :organisation and status = 'PUBLISHED'")
                .param("id", id).param("organisation", organisation).query(this::uploadRow).optional();
    }

    /** The uploads published to one team of the organisation under one agreement, newest first, all of them. */
    List<DatasetUpload> receivedUnder(UUID organisation, UUID team, UUID agreement) {
        return jdbc.sql("""
                        select * from dataset_upload
                        where recipient_organisation = :organisation and recipient_team = :team and agreement_id = :agreement
                          and status = 'PUBLISHED'
                        order by finished_at desc""")
                .param("organisation", organisation).param("team", team).param("agreement", agreement)
                .query(this::uploadRow).list();
    }

    /** Attempts that stopped without saying so (the process died): nobody holds their lock any more. */
    List<UUID> abandonedAttempts(Instant startedBefore) {
        return jdbc.sql("""
                        select id from dataset_upload where status = 'RECEIVING' and received_at < :before
                        for update skip locked""")
                .param("before", timestamp(startedBefore))
                .query(UUID.class).list();
    }

    Optional<UUID> senderOf(UUID id) {
        return jdbc.sql("select sender_organisation from dataset_upload where id = :id").param("id", id).query(UUID.class).optional();
    }

    DatasetUpload uploadRow(ResultSet rs, int row) throws SQLException {
        String columns = rs.getString("columns");
        String report = rs.getString("report");
        OffsetDateTime finished = rs.getObject("finished_at", OffsetDateTime.class);
        return new DatasetUpload(
                rs.getObject("id", UUID.class),
                rs.getObject("specification_id", UUID.class),
                rs.getObject("agreement_id", UUID.class),
                rs.getInt("agreement_version"),
                rs.getObject("sender_organisation", UUID.class),
                rs.getObject("recipient_organisation", UUID.class),
                rs.getObject("recipient_team", UUID.class),
                rs.getObject("uploaded_by", UUID.class),
                DatasetFormat.valueOf(rs.getString("format")),
                ColumnMode.valueOf(rs.getString("column_mode")),
                UploadStatus.valueOf(rs.getString("status")),
                rs.getInt("attempts"),
                rs.getObject("received_at", OffsetDateTime.class).toInstant(),
                finished == null ? null : finished.toInstant(),
                (Long) rs.getObject("rows_read"),
                (Long) rs.getObject("row_count"),
                columns == null ? List.of() : json.readValue(columns, PUBLISHED_COLUMNS),
                report == null ? null : json.readValue(report, DatasetReport.class));
    }

    // --- blocks ----------------------------------------------------------------------------------------

    /**
     * Streams sealed blocks into {@code dataset_block} with a binary COPY on the current transaction's
     * connection: each block goes to the server as soon as it is sealed, and the server stores it while the
     * next is being read, instead of waiting for a round trip per batch.
     */
    final class BlockCopy {

        private static final byte[] HEADER = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0, 0, 0, 0, 0, 0, 0, 0, 0};
        private final UUID uploadId;
        private final byte[] uploadBytes;
        private Connection connection;
        private CopyIn copy;
        private int blocks;

        private BlockCopy(UUID uploadId) {
            this.uploadId = uploadId;
            this.uploadBytes = ByteBuffer.allocate(16).putLong(uploadId.getMostSignificantBits())
                    .putLong(uploadId.getLeastSignificantBits()).array();
        }

        void write(SealedBlock block) {
            try {
                if (copy == null) {
                    connection = DataSourceUtils.getConnection(dataSource);
                    copy = connection.unwrap(PGConnection.class).getCopyAPI()
                            .copyIn("copy dataset_block (upload_id, seq, row_count, content) from stdin (format binary)");
                    copy.writeToCopy(HEADER, 0, HEADER.length);
                }
                ByteBuffer tuple = ByteBuffer.allocate(2 + 4 + 16 + 4 + 4 + 4 + 4 + 4);
                tuple.putShort((short) 4);
                tuple.putInt(16).put(uploadBytes);
                tuple.putInt(4).putInt(block.seq());
                tuple.putInt(4).putInt(block.rowCount());
                tuple.putInt(block.content().length);
                copy.writeToCopy(tuple.array(), 0, tuple.position());
                copy.writeToCopy(block.content(), 0, block.content().length);
                blocks++;
            } catch (SQLException e) {
                throw new DataAccessResourceFailureException("Could not store a block of dataset " + uploadId, e);
            }
        }

        /** Ends the COPY; returns the number of blocks stored. */
        int finish() {
            if (copy == null) {
                return 0;
            }
            try {
                copy.writeToCopy(new byte[] {(byte) 0xFF, (byte) 0xFF}, 0, 2);
                long stored = copy.endCopy();
                if (stored != blocks) {
                    throw new IllegalStateException("Stored " + stored + " blocks of " + blocks);
                }
                return blocks;
            } catch (SQLException e) {
                throw new DataAccessResourceFailureException("Could not store dataset " + uploadId, e);
            } finally {
                copy = null;
                DataSourceUtils.releaseConnection(connection, dataSource);
            }
        }

        /** Abandons the COPY, so that the transaction can roll back. */
        void abort() {
            if (copy == null) {
                return;
            }
            try {
                if (copy.isActive()) {
                    copy.cancelCopy();
                }
            } catch (SQLException e) {
                // the transaction is being rolled back anyway
            } finally {
                copy = null;
                DataSourceUtils.releaseConnection(connection, dataSource);
            }
        }
    }

    BlockCopy blockCopy(UUID uploadId) {
        return new BlockCopy(uploadId);
    }

    /** Hands the dataset's blocks over one at a time, in order (call inside a transaction, so rows are fetched lazily). */
    void forEachBlock(UUID uploadId, Consumer<SealedBlock> consumer) {
        streaming.query("select seq, row_count, content from dataset_block where upload_id = ? order by seq",
                rs -> {
                    consumer.accept(new SealedBlock(rs.getInt(1), rs.getInt(2), rs.getBytes(3)));
                }, uploadId);
    }

    int blockCount(UUID uploadId) {
        return jdbc.sql("select count(*) from dataset_block where upload_id = :id").param("id", uploadId).query(Integer.class).single();
    }

    static OffsetDateTime timestamp(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

}
