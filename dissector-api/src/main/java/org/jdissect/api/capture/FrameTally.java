package org.jdissect.api.capture;

/**
 * What framing a whole capture file found, without reading any packet: how many records and how many captured bytes
 * they hold. {@link Captures#tally} makes one.
 */
public record FrameTally(long frames, long capturedBytes) {
}
