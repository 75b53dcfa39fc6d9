package org.jdissect.api.dissect;

/** The version of the dissector SPI; a module built for another major version is refused with both named. */
public final class ApiVersion {
    public static final int CURRENT = 1;

    private ApiVersion() {
    }
}
