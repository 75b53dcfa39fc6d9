package org.jdissect.cli;

/**
 * Frames whose Ethernet trailer or padding, or a TCP option, the snapshot length cuts (testdata/snaplen, layers.pcap):
 * "Ethertype truncated" after a payload dissected whole, an Accurate ECN option cut short that turns nothing on:
 * -V, -T fields and -T json as tshark 4.0.17 shows them.
 */
class LayersSnaplenOracleTest extends CraftedOracleCase {
    private static final CraftedOracle ORACLE = CraftedOracle.of("snaplen", "layers.pcap");

    @Override
    CraftedOracle oracle() {
        return ORACLE;
    }
}
