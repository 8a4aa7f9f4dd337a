package org.infoshare.web;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Limits on guessing, and where passkeys may be used (ADR 0043, ADR 0044).
 *
 * @param accountAttempts  failed proofs (password, code) allowed per account before it must wait
 * @param accountWindow    the time over which an account's allowance refills completely
 * @param addressAttempts  failed proofs allowed per client address, over all accounts
 * @param addressWindow    the time over which an address's allowance refills completely
 * @param passkeyRpId      the passkeys' relying-party id: the host name people use, e.g. infoshare.example.org
 * @param passkeyOrigins   the origins passkeys may be used from, e.g. https://infoshare.example.org
 */
@ConfigurationProperties("infoshare.sign-in")
record SignInProperties(int accountAttempts, Duration accountWindow, int addressAttempts, Duration addressWindow,
                        String passkeyRpId, List<String> passkeyOrigins) {

    SignInProperties {
        accountAttempts = accountAttempts > 0 ? accountAttempts : 5;
        accountWindow = accountWindow != null && !accountWindow.isNegative() && !accountWindow.isZero() ? accountWindow : Duration.ofMinutes(5);
        addressAttempts = addressAttempts > 0 ? addressAttempts : 50;
        addressWindow = addressWindow != null && !addressWindow.isNegative() && !addressWindow.isZero() ? addressWindow : Duration.ofMinutes(10);
        passkeyRpId = passkeyRpId == null || passkeyRpId.isBlank() ? "localhost" : passkeyRpId.strip();
        passkeyOrigins = passkeyOrigins == null ? List.of() : passkeyOrigins.stream().map(String::strip).filter(o -> !o.isEmpty()).toList();
    }
}
