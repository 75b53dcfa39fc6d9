/**
 * Internal: tcpdump 4.99.3's text output, ported printer by printer from its C sources ({@code print-*.c}) and
 * compared byte for byte with tcpdump's own output. Use it through {@link org.jdissect.output.OutputMode#tcpdump};
 * the classes here may change without notice.
 */
package org.jdissect.output.tcpdump;
