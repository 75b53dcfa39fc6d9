package org.jdissect.cli.story;

import java.util.List;

/**
 * Everything {@code jdissect explain} found in one capture.
 *
 * @param file          the capture as it was named on the command line
 * @param filter        the display filter that chose the conversations, or null for all of them
 * @param conversations the stories of the chosen conversations, in order of their first packet
 */
public record Explanation(String file, String filter, List<Story> conversations) {
}
