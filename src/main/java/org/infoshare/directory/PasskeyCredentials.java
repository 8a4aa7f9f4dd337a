package org.infoshare.directory;

import java.time.Clock;
import java.util.List;

import org.infoshare.ledger.Ledger;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Passkey credentials in PostgreSQL, for Spring Security's WebAuthn support. A new passkey is ledgered as
 * a second step added; a use updates its counter. Removing one goes through {@link TwoStepSignIn}, which
 * refuses to leave someone who must have a second step without one.
 */
@Component
class PasskeyCredentials implements UserCredentialRepository {

    private final PasskeyStore passkeys;
    private final DirectoryStore directory;
    private final TwoStepSignIn twoStep;
    private final Ledger ledger;
    private final Clock clock;

    PasskeyCredentials(PasskeyStore passkeys, DirectoryStore directory, TwoStepSignIn twoStep, Ledger ledger, Clock clock) {
        this.passkeys = passkeys;
        this.directory = directory;
        this.twoStep = twoStep;
        this.ledger = ledger;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void delete(Bytes credentialId) {
        passkeys.byCredentialId(credentialId.getBytes()).ifPresent(found -> twoStep.removePasskey(found.userId(), credentialId.getBytes()));
    }

    @Override
    @Transactional
    public void save(CredentialRecord record) {
        if (passkeys.byCredentialId(record.getCredentialId().getBytes()).isPresent()) {
            passkeys.used(record, clock.instant());
            return;
        }
        passkeys.userByHandle(record.getUserEntityUserId().getBytes()).ifPresent(userId -> {
            directory.staff(userId).map(StaffMember::organisationId).ifPresent(organisationId -> {
                passkeys.insert(userId, organisationId, record, clock.instant());
                ledger.record(DirectoryEvents.secondStepAdded(userId, organisationId, "passkey"));
            });
        });
    }

    @Override
    @Transactional(readOnly = true)
    public CredentialRecord findByCredentialId(Bytes credentialId) {
        return passkeys.byCredentialId(credentialId.getBytes()).map(PasskeyStore.StoredPasskey::record).orElse(null);
    }

    @Override
    @Transactional(readOnly = true)
    public List<CredentialRecord> findByUserId(Bytes userHandle) {
        return passkeys.userByHandle(userHandle.getBytes())
                .map(userId -> passkeys.ofUser(userId).stream().map(PasskeyStore.StoredPasskey::record).toList())
                .orElse(List.of());
    }
}
