package org.infoshare.delivery.rules;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WaitingMessageTest {

    @Test
    void saysOnlyThatSomethingIsWaitingAndWhereToSignIn() {
        WaitingMessage message = WaitingMessage.of("A disclosure", "https://infoshare.example/", "/disclosures/3f1c9e2a-0000-4000-8000-000000000001");
        assertThat(message.subject()).isEqualTo("A disclosure is waiting for you in infoshare");
        assertThat(message.body()).startsWith("A disclosure is waiting for you in infoshare.")
                .contains("https://infoshare.example/disclosures/3f1c9e2a-0000-4000-8000-000000000001")
                .doesNotContain("//disclosures");
    }

    @Test
    void aLinkCarryingAnythingButAPlainPathIsRefused() {
        assertThatThrownBy(() -> WaitingMessage.of("A disclosure", "", "/disclosures?about=Jane%20Smith"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WaitingMessage.of("A disclosure", "", "/disclosures/Jane Smith"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
