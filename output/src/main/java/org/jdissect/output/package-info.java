/**
 * The output modes, shared by the {@code jdissect} command and the library: {@link org.jdissect.output.OutputMode}
 * describes one (tcpdump text, {@code -V} tree, {@code -T fields}, {@code -T json}, summary) and makes its
 * {@link org.jdissect.output.PacketPrinter} for a capture; {@link org.jdissect.output.TcpdumpOptions} and
 * {@link org.jdissect.output.FieldsOptions} hold their flags.
 *
 * <p>This package is the public API of the module. The printers themselves ({@code org.jdissect.output.print},
 * {@code org.jdissect.output.tcpdump}) are internal: public only so that this package can build them, with no
 * promise of compatibility; no public signature here mentions them.
 */
package org.jdissect.output;
