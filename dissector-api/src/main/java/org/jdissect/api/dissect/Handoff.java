package org.jdissect.api.dissect;

import java.util.Optional;

/** What a module may look up in the handoff phase, when every module has registered. */
public interface Handoff {
    /** The table named {@code name}; fails with a clear message when no module created it. */
    DissectorTable table(String name);

    HeuristicList heuristics(String name);

    Optional<Dissector> dissector(String name);
}
