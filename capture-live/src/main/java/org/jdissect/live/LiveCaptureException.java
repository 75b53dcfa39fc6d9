package org.jdissect.live;

import java.io.IOException;

/** Live capture cannot start or go on: the message says why and, when it can, what to install or grant. */
public final class LiveCaptureException extends IOException {
    private static final long serialVersionUID = 1L;

    public LiveCaptureException(String message) {
        super(message);
    }

    public LiveCaptureException(String message, Throwable cause) {
        super(message, cause);
    }
}
