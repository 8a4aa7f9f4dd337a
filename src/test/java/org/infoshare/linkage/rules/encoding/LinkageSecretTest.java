package org.infoshare.linkage.rules.encoding;

import java.security.SecureRandom;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LinkageSecretTest {

    @Test
    void aSecretIsLongEnoughAndTravelsAsBase64() {
        LinkageSecret secret = LinkageSecret.generate(new SecureRandom());
        assertThat(LinkageSecret.fromText(secret.toText())).isEqualTo(secret);
        assertThat(secret.fingerprint()).matches("[0-9a-f]{8}");
        assertThat(secret.toString()).doesNotContain(secret.toText());
        assertThatThrownBy(() -> LinkageSecret.of(new byte[31])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LinkageSecret.fromText("not base64!")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyPurposeHasItsOwnKey() {
        LinkageSecret secret = LinkageSecret.of(new byte[32]);
        assertThat(secret.derive("field:a")).isNotEqualTo(secret.derive("field:b")).hasSize(32);
        assertThat(secret.derive("field:a")).isEqualTo(secret.derive("field:a"));
        byte[] other = new byte[32];
        other[31] = 1;
        assertThat(LinkageSecret.of(other).fingerprint()).isNotEqualTo(secret.fingerprint());
    }
}
