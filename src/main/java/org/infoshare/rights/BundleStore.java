package org.infoshare.rights;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.infoshare.crypto.KeyScope;
import org.infoshare.crypto.PersonalDataCipher;
import org.infoshare.rights.rules.Exemption;
import org.infoshare.rights.rules.ReleaseMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

import static org.infoshare.rights.RightsRequestStore.instant;
import static org.infoshare.rights.RightsRequestStore.timestamp;

/** Bundles' SQL. The DPO's choices and the approved content are sealed under the request's key. */
@Repository
class BundleStore {

    private final JdbcClient jdbc;
    private final PersonalDataCipher cipher;
    private final JsonMapper json;

    BundleStore(JdbcClient jdbc, PersonalDataCipher cipher, JsonMapper json) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.json = json;
    }

    void draft(UUID id, RightsRequest request, BundleChoices choices, UUID by, Instant now) {
        jdbc.sql("""
                        insert into access_bundle (id, request_id, organisation_id, subject_id, status, choices_enc, prepared_at, prepared_by)
                        values (:id, :request, :organisation, :subject, 'DRAFT', :choices, :now, :by)""")
                .param("id", id).param("request", request.id()).param("organisation", request.organisationId())
                .param("subject", request.subjectId()).param("choices", sealChoices(request.id(), choices))
                .param("now", timestamp(now)).param("by", by).update();
    }

    void choices(UUID requestId, BundleChoices choices) {
        jdbc.sql("update access_bundle set choices_enc = :choices where request_id = :request and status = 'DRAFT'")
                .param("choices", sealChoices(requestId, choices)).param("request", requestId).update();
    }

    boolean approve(UUID requestId, BundleContent content, byte[] sha256, UUID by, Instant now) {
        return jdbc.sql("""
                        update access_bundle set status = 'APPROVED', content_enc = :content, content_sha256 = :sha, item_count = :items,
                            withheld_count = :withheld, exemptions = :exemptions, approved_at = :now, approved_by = :by
                        where request_id = :request and status = 'DRAFT'""")
                .param("content", cipher.encryptText(KeyScope.record(requestId), json.writeValueAsString(content),
                        "access_bundle.content_enc:" + requestId))
                .param("sha", sha256).param("items", itemCount(content)).param("withheld", (int) content.withheldCount())
                .param("exemptions", content.exemptions().stream().map(Enum::name).sorted().toArray(String[]::new))
                .param("now", timestamp(now)).param("by", by).param("request", requestId).update() == 1;
    }

    boolean reopen(UUID requestId) {
        return jdbc.sql("""
                        update access_bundle set status = 'DRAFT', content_enc = null, content_sha256 = null, item_count = null,
                            withheld_count = null, exemptions = '{}', approved_at = null, approved_by = null
                        where request_id = :request and status = 'APPROVED'""")
                .param("request", requestId).update() == 1;
    }

    boolean release(UUID requestId, ReleaseMethod method, LocalDate on, UUID by, Instant now) {
        return jdbc.sql("""
                        update access_bundle set status = 'RELEASED', release_method = :method, released_on = :on, released_at = :now,
                            released_by = :by
                        where request_id = :request and status = 'APPROVED'""")
                .param("method", method.name()).param("on", on).param("now", timestamp(now)).param("by", by).param("request", requestId)
                .update() == 1;
    }

    Optional<AccessBundle> ofRequest(UUID requestId) {
        return jdbc.sql("select * from access_bundle where request_id = :request").param("request", requestId).query(BundleStore::row).optional();
    }

    BundleChoices choicesOf(UUID requestId) {
        byte[] sealed = jdbc.sql("select choices_enc from access_bundle where request_id = :request").param("request", requestId)
                .query((rs, n) -> rs.getBytes(1)).single();
        return json.readValue(cipher.decryptText(KeyScope.record(requestId), sealed, "access_bundle.choices_enc:" + requestId), BundleChoices.class);
    }

    Optional<BundleContent> approvedContent(UUID requestId) {
        return jdbc.sql("select content_enc from access_bundle where request_id = :request and content_enc is not null")
                .param("request", requestId).query((rs, n) -> rs.getBytes(1)).optional()
                .map(sealed -> json.readValue(cipher.decryptText(KeyScope.record(requestId), sealed, "access_bundle.content_enc:" + requestId),
                        BundleContent.class));
    }

    private byte[] sealChoices(UUID requestId, BundleChoices choices) {
        return cipher.encryptText(KeyScope.record(requestId), json.writeValueAsString(choices), "access_bundle.choices_enc:" + requestId);
    }

    static int itemCount(BundleContent c) {
        return c.consents().size() + c.decisions().size() + c.disclosures().stream().mapToInt(d -> d.items().size()).sum();
    }

    private static AccessBundle row(ResultSet rs, int n) throws SQLException {
        byte[] sha = rs.getBytes("content_sha256");
        String method = rs.getString("release_method");
        java.sql.Array exemptions = rs.getArray("exemptions");
        List<Exemption> codes = exemptions == null ? List.of() : Arrays.stream((String[]) exemptions.getArray()).map(Exemption::valueOf).toList();
        return new AccessBundle(rs.getObject("id", UUID.class), rs.getObject("request_id", UUID.class), rs.getObject("organisation_id", UUID.class),
                rs.getObject("subject_id", UUID.class), AccessBundle.Status.valueOf(rs.getString("status")),
                rs.getObject("item_count", Integer.class), rs.getObject("withheld_count", Integer.class), codes,
                sha == null ? null : HexFormat.of().formatHex(sha), instant(rs, "prepared_at"), rs.getObject("prepared_by", UUID.class),
                instant(rs, "approved_at"), rs.getObject("approved_by", UUID.class), rs.getObject("released_on", LocalDate.class),
                method == null ? null : ReleaseMethod.valueOf(method), instant(rs, "released_at"), rs.getObject("released_by", UUID.class));
    }
}
