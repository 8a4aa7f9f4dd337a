package org.infoshare.dataset;

import java.util.UUID;

import org.infoshare.crypto.KeyScope;
import org.infoshare.crypto.PersonalDataCipher;
import org.infoshare.crypto.Pseudonymiser;

/**
 * Turns a block of validated rows into what is stored: identifier columns replaced by keyed pseudonyms under
 * the agreement's key (stable across that agreement's deliveries, meaningless outside it), the rows encoded, and
 * the block sealed with AES-256-GCM under the agreement's key, bound to its dataset and place.
 */
final class BlockSealer {

    private final PersonalDataCipher cipher;
    private final KeyScope scope;
    private final UUID uploadId;
    private final int width;
    private final int[] pseudonymised;
    private final Pseudonymiser.Function pseudonyms;

    BlockSealer(PersonalDataCipher cipher, Pseudonymiser pseudonymiser, UUID agreementId, UUID uploadId, int width,
                int[] pseudonymised) {
        this.cipher = cipher;
        this.scope = KeyScope.agreement(agreementId);
        this.uploadId = uploadId;
        this.width = width;
        this.pseudonymised = pseudonymised.clone();
        this.pseudonyms = pseudonymised.length == 0 ? null : pseudonymiser.forScope(scope);
    }

    SealedBlock seal(int seq, String[][] rows, int count) {
        if (pseudonyms != null) {
            for (int r = 0; r < count; r++) {
                String[] row = rows[r];
                for (int column : pseudonymised) {
                    if (row[column] != null) {
                        row[column] = pseudonyms.apply(row[column]);
                    }
                }
            }
        }
        byte[] plain = BlockCodec.encode(rows, count, width);
        return new SealedBlock(seq, count, cipher.encrypt(scope, plain, context(uploadId, seq)));
    }

    static String context(UUID uploadId, int seq) {
        return "dataset_block.content:" + uploadId + ":" + seq;
    }
}
