package dev.tandem.audit.log;

/** Whether an entry's payload can still be read: erasure destroys the content key, retention drops it all. */
public enum PayloadStatus {
    READABLE, ERASED, EXPIRED
}
