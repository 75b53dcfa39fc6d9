package org.jdissect.dissectors.frame;

import static org.jdissect.api.field.FieldType.*;

import org.jdissect.api.expert.ExpertDef;
import org.jdissect.api.expert.ExpertGroup;
import org.jdissect.api.expert.ExpertSeverity;
import org.jdissect.api.field.Base;
import org.jdissect.api.field.FieldDef;
import org.jdissect.api.field.FieldSet;

/** The {@code frame} pseudo-protocol's fields, and the markers for bytes that ran out. */
public final class FrameFields {
    public static final FieldDef FRAME = FieldDef.builder("frame", "Frame", PROTOCOL).blurb("Frame").build();
    public static final FieldDef SECTION_NUMBER = FieldDef.builder("frame.section_number", "Section number", UINT32)
            .build();
    public static final FieldDef ENCAP_TYPE = FieldDef.builder("frame.encap_type", "Encapsulation type", INT16).build();
    public static final FieldDef TIME = FieldDef.builder("frame.time", "Arrival Time", ABSOLUTE_TIME)
            .base(Base.TIME_LOCAL).build();
    public static final FieldDef OFFSET_SHIFT = FieldDef.builder("frame.offset_shift",
            "Time shift for this packet", RELATIVE_TIME).build();
    /** A relative time since the epoch in Wireshark 4.0, so it prints (and filters) as seconds. */
    public static final FieldDef TIME_EPOCH = FieldDef.builder("frame.time_epoch", "Epoch Time", RELATIVE_TIME)
            .blurb("Epoch time when this frame was captured").build();
    public static final FieldDef TIME_DELTA = FieldDef.builder("frame.time_delta",
            "Time delta from previous captured frame", RELATIVE_TIME).build();
    public static final FieldDef TIME_DELTA_DISPLAYED = FieldDef.builder("frame.time_delta_displayed",
            "Time delta from previous displayed frame", RELATIVE_TIME).build();
    public static final FieldDef TIME_RELATIVE = FieldDef.builder("frame.time_relative",
            "Time since reference or first frame", RELATIVE_TIME).build();
    public static final FieldDef NUMBER = FieldDef.builder("frame.number", "Frame Number", UINT32).build();
    public static final FieldDef LEN = FieldDef.builder("frame.len", "Frame length on the wire", UINT32).build();
    public static final FieldDef CAP_LEN = FieldDef.builder("frame.cap_len",
            "Frame length stored into the capture file", UINT32).build();
    public static final FieldDef MARKED = FieldDef.builder("frame.marked", "Frame is marked", BOOLEAN).build();
    public static final FieldDef IGNORED = FieldDef.builder("frame.ignored", "Frame is ignored", BOOLEAN).build();
    public static final FieldDef PROTOCOLS = FieldDef.builder("frame.protocols", "Protocols in frame", STRING).build();
    public static final FieldDef INTERFACE_ID = FieldDef.builder("frame.interface_id", "Interface id", UINT32).build();
    public static final FieldDef INTERFACE_NAME = FieldDef.builder("frame.interface_name", "Interface name", STRING)
            .build();
    public static final FieldDef COMMENT = FieldDef.builder("frame.comment", "Comment", STRING).build();

    /** Wireshark's markers for a packet whose bytes ran out, and its expert item. */
    public static final FieldDef MALFORMED = org.jdissect.api.expert.Expert.MALFORMED;
    public static final FieldDef SHORT = FieldDef.builder("_ws.short", "Short Frame", PROTOCOL)
            .blurb("Short frame").build();

    /** The marker of a bounds error met while a dissector was putting fragments together (pinfo->fragmented). */
    public static final FieldDef UNREASSEMBLED = FieldDef.builder("_ws.unreassembled", "Unreassembled Fragmented Packet",
            PROTOCOL).blurb("Unreassembled fragmented packet").build();
    public static final ExpertDef UNREASSEMBLED_EXPERT = ExpertDef.of("_ws.unreassembled.expert",
            ExpertGroup.REASSEMBLE, ExpertSeverity.NOTE,
            "Unreassembled fragment (change preferences to enable reassembly)");

    /** The expert finding under a malformed marker, as Wireshark's show_exception.c registers it. */
    public static final ExpertDef MALFORMED_EXPERT = ExpertDef.of("_ws.malformed.expert", ExpertGroup.MALFORMED,
            ExpertSeverity.ERROR, "Malformed Packet (Exception occurred)");

    /** packet-frame.c's note on a pcap record whose fraction of a second is out of range. */
    public static final ExpertDef TIME_INVALID = ExpertDef.of("frame.time_invalid", ExpertGroup.SEQUENCE,
            ExpertSeverity.NOTE, "Arrival Time: Fractional second out of range (0-1000000000)");

    /** packet-frame.c's error on a record that claims fewer bytes on the wire than it holds. */
    public static final ExpertDef LEN_LT_CAPLEN = ExpertDef.of("frame.len_lt_caplen", ExpertGroup.MALFORMED,
            ExpertSeverity.ERROR, "Frame length is less than captured length");

    /** A dissector threw something other than a bounds error. */
    public static final ExpertDef DISSECTOR_BUG = ExpertDef.of("_ws.malformed.dissector_bug", ExpertGroup.MALFORMED,
            ExpertSeverity.ERROR, "Dissector bug");

    /** A reassembly table refused a fragment (show_exception.c's ReassemblyError). */
    public static final ExpertDef REASSEMBLY_ERROR = ExpertDef.of("_ws.malformed.reassembly", ExpertGroup.MALFORMED,
            ExpertSeverity.ERROR, "Reassembly error");

    /** The items every frame has, skipped with one test when the tree keeps none of them. */
    static final FieldSet RECORD_ITEMS = FieldSet.of(ENCAP_TYPE, TIME, OFFSET_SHIFT, TIME_EPOCH, TIME_DELTA,
            TIME_DELTA_DISPLAYED, TIME_RELATIVE, NUMBER, LEN, CAP_LEN, MARKED, IGNORED);
    static final FieldDef[] ALL = {FRAME, SECTION_NUMBER, ENCAP_TYPE, TIME, OFFSET_SHIFT, TIME_EPOCH, TIME_DELTA,
        TIME_DELTA_DISPLAYED, TIME_RELATIVE, NUMBER, LEN, CAP_LEN, MARKED, IGNORED, PROTOCOLS, INTERFACE_ID,
        INTERFACE_NAME, COMMENT, MALFORMED, SHORT, UNREASSEMBLED};

    private FrameFields() {
    }
}
