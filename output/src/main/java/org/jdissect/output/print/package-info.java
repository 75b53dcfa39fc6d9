/**
 * Internal: the printers of tshark's output modes ({@code -V}, {@code -T fields}, {@code -T json}, the summary).
 * Use them through {@link org.jdissect.output.OutputMode}; their constructors may change without notice.
 */
package org.jdissect.output.print;
