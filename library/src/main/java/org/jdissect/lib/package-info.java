/**
 * jdissect as a library: {@link org.jdissect.lib.Jdissect} opens captures (files, streams, byte arrays), iterates
 * their {@link org.jdissect.lib.Packet}s, reads field values by Wireshark name with their Java types
 * ({@link org.jdissect.lib.Value}), and applies compiled display filters.
 *
 * <p>Thread safety: a {@link org.jdissect.lib.Jdissect} is immutable and may be shared; each
 * {@link org.jdissect.lib.Capture} is one capture's dissection and belongs to one thread at a time. Independent
 * captures may be read in parallel threads and give the same results as one after another.
 *
 * <p>The supporting types are in {@code org.jdissect.api} (byte views, fields, trees, the plugin SPI); nothing else
 * is meant to be used directly.
 */
package org.jdissect.lib;
