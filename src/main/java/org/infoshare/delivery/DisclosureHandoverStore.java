package org.infoshare.delivery;

import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The disclosures a leaver leaves behind: addressed to them by name, not opened and not withdrawn (ADR 0016). */
@Repository
class DisclosureHandoverStore {

    private final JdbcClient jdbc;

    DisclosureHandoverStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Addressed by name to this person, not yet opened and not withdrawn. */
    int unopenedFor(UUID organisation, UUID user) {
        return jdbc.sql("""
                        select count(*) from disclosure where recipient_organisation = :organisation and recipient_user = :user
                           and first_opened_at is null and withdrawn_at is null""")
                .param("organisation", organisation).param("user", user).query(Integer.class).single();
    }

    /** Readdresses those to a colleague; the ids of the disclosures readdressed. */
    List<UUID> readdress(UUID organisation, UUID from, UUID to) {
        return jdbc.sql("""
                        update disclosure set recipient_user = :to where recipient_organisation = :organisation and recipient_user = :from
                           and first_opened_at is null and withdrawn_at is null returning id""")
                .param("organisation", organisation).param("from", from).param("to", to).query(UUID.class).list();
    }
}
