package org.infoshare.directory;

import java.util.Optional;
import java.util.UUID;

import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The people passkeys belong to, as WebAuthn sees them: a random handle (never the user's id), their username
 * as the passkey's name, and their display name as their authenticator shows it. Names are read from the
 * directory, where they are sealed; only the handle is stored for passkeys.
 */
@Component
class PasskeyAccounts implements PublicKeyCredentialUserEntityRepository {

    private final PasskeyStore passkeys;
    private final DirectoryStore directory;

    PasskeyAccounts(PasskeyStore passkeys, DirectoryStore directory) {
        this.passkeys = passkeys;
        this.directory = directory;
    }

    @Override
    @Transactional(readOnly = true)
    public PublicKeyCredentialUserEntity findById(Bytes id) {
        return passkeys.userByHandle(id.getBytes()).flatMap(userId -> entity(userId, id.getBytes())).orElse(null);
    }

    @Override
    @Transactional(readOnly = true)
    public PublicKeyCredentialUserEntity findByUsername(String username) {
        return directory.userIdByUsername(username)
                .flatMap(userId -> passkeys.handle(userId).flatMap(handle -> entity(userId, handle)))
                .orElse(null);
    }

    @Override
    @Transactional
    public void save(PublicKeyCredentialUserEntity entity) {
        directory.userIdByUsername(entity.getName()).ifPresent(userId -> passkeys.saveHandle(userId, entity.getId().getBytes()));
    }

    @Override
    @Transactional
    public void delete(Bytes id) {
        passkeys.deleteHandle(id.getBytes());
    }

    private Optional<PublicKeyCredentialUserEntity> entity(UUID userId, byte[] handle) {
        return directory.staff(userId).filter(StaffMember::active).map(member -> ImmutablePublicKeyCredentialUserEntity.builder()
                .id(new Bytes(handle))
                .name(member.username())
                .displayName(member.displayName())
                .build());
    }
}
