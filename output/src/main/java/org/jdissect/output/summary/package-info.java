/**
 * tshark's default one-line summary ({@code tshark -n -r FILE}, TShark 4.0.17): the columns No., Time, Source,
 * Destination, Protocol, Length and Info, laid out as tshark.c's print_columns lays them out.
 *
 * <p>The columns are computed from the dissected tree after the fact, one class per protocol, each replaying what
 * that protocol's Wireshark dissector does to {@code COL_PROTOCOL}, {@code COL_INFO} and the addresses
 * ({@link org.jdissect.output.summary.InfoColumn} keeps epan/column-utils.c's fence semantics). Nothing here runs
 * unless the summary is printed, so the other output modes pay nothing for it. The one thing a tree cannot show,
 * the first line of an HTTP message whose PDU is still being reassembled, the dissectors leave in
 * {@link org.jdissect.api.dissect.PacketContext#pendingInfo}.
 */
package org.jdissect.output.summary;
