package org.jdissect.api.dissect;

import org.jdissect.api.expert.ExpertDef;
import org.jdissect.api.field.FieldDef;

/** What a module may declare in the registration phase. */
public interface Registrar {
    /** Declares fields (the protocol item itself included); abbreviations must be new. */
    void fields(FieldDef... defs);

    /**
     * Declares expert findings; each one's abbreviation becomes a field like those of {@link #fields}, so filters
     * and {@code -T fields} can name it.
     */
    void experts(ExpertDef... defs);

    /** Creates an integer-keyed table this module owns, such as {@code tcp.port}. */
    DissectorTable table(String name, String uiName, int maxKey);

    /** Creates a heuristic list this module owns, such as {@code tcp} for TCP payload heuristics. */
    HeuristicList heuristics(String name);

    /** Names a dissector so that others (and "decode as") can call it. */
    void dissector(String name, Dissector d);

    /**
     * Declares preferences (tshark's {@code -o NAME:VALUE}); names must be new. The module reads their values from
     * {@link Engine#preferences()}.
     */
    void preferences(org.jdissect.api.pref.Preference... prefs);
}
