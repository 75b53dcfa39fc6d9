/**
 * jdissect as a library: {@link org.jdissect.lib.Jdissect} opens captures (files, streams, byte arrays), iterates
 * their {@link org.jdissect.lib.Packet}s, reads field values by Wireshark name with their Java types
 * ({@link org.jdissect.lib.Value}), applies compiled display filters, and renders the command's output modes
 * ({@link org.jdissect.output.OutputMode}: tcpdump text, {@code -V} tree, {@code -T fields}, JSON, summary) to any
 * {@link java.lang.Appendable} through {@link org.jdissect.lib.Capture#print} or a {@link org.jdissect.lib.Renderer}.
 * {@link org.jdissect.lib.Materialization} chooses how much of each packet's tree is built.
 *
 * <p>Thread safety: a {@link org.jdissect.lib.Jdissect} is immutable and may be shared; each
 * {@link org.jdissect.lib.Capture} is one capture's dissection and belongs to one thread at a time. Independent
 * captures may be read in parallel threads and give the same results as one after another.
 *
 * <p>The supporting types are in {@code org.jdissect.api} (byte views, fields, trees, the plugin SPI) and
 * {@code org.jdissect.output} (output modes and their options); nothing else is meant to be used directly.
 */
package org.jdissect.lib;
