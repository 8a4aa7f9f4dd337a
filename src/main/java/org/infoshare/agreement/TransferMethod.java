package org.infoshare.agreement;

/**
 * Approved secure methods of transfer (002 §4.4). Unencrypted email is never one, so it is not in this list
 * and cannot be chosen. Meetings are an approved way to share; the telephone only when the need is urgent.
 */
public enum TransferMethod {
    INFOSHARE_PLATFORM("This platform (encrypted, access-controlled, audited)"),
    ENCRYPTED_EMAIL("Email encrypted from named sender to named recipient"),
    TLS_EMAIL("Email over enforced TLS between both domains"),
    SECURE_GROUP_EMAIL("Secure group email service (for example CJSM)"),
    SECURE_REPOSITORY("Secure corporately managed sharing platform"),
    SECURE_FILE_TRANSFER("Secure file transfer protocol"),
    VPN("Virtual private network"),
    MEETING("Meeting, in person or virtual, with attendance and minutes limited to those who need to know"),
    TELEPHONE("Telephone, only when urgent and email is not practicable, confirmed in writing afterwards");

    private final String label;

    TransferMethod(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
