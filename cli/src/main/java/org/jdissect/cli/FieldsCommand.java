package org.jdissect.cli;

import java.util.concurrent.Callable;
import org.jdissect.api.dissect.Engine;
import org.jdissect.api.expert.Expert;
import org.jdissect.api.field.FieldDef;
import org.jdissect.api.field.FieldType;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code jdissect fields}: the field registry, as {@code tshark -G fields} lists it: "P\tname\tabbrev" for a
 * protocol (or a protocol in name only, see {@link FieldDef#protocolInNameOnly()}),
 * "F\tname\tabbrev\tFT_TYPE\tprotocol\tbase\tbitmask\tblurb" for a field, tab-separated.
 */
@Command(name = "fields", description = "List every protocol and field (like tshark -G fields).")
final class FieldsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @picocli.CommandLine.Mixin
    EngineOptions engineOptions = new EngineOptions();

    @Override
    public Integer call() {
        Engine engine = engineOptions.build(spec.commandLine().getErr());
        var out = spec.commandLine().getOut();
        for (FieldDef f : engine.registry().all()) {
            out.println(line(f));
        }
        out.flush();
        return 0;
    }

    static String line(FieldDef f) {
        if (f.type() == FieldType.PROTOCOL || f.protocolInNameOnly() || f == Expert.EXPERT) {
            // a protocol in name only (a TCP option) is listed as a protocol, as tshark -G fields lists it
            return "P\t" + f.name() + "\t" + f.abbrev();
        }
        return "F\t" + f.name() + "\t" + f.abbrev() + "\t" + f.ftype() + "\t" + listedProtocol(f) + "\t"
                + baseColumn(f) + "\t0x" + Long.toHexString(f.bitmask()) + "\t" + f.blurb();
    }

    /**
     * The protocol column: the abbreviation's first part, but for Wireshark's own "_ws" pseudo-protocols all but the
     * last part ({@code _ws.expert.message} belongs to {@code _ws.expert}, {@code _ws.string.trailing_stray_characters}
     * to {@code _ws.string}), as tshark -G fields lists them.
     */
    static String listedProtocol(FieldDef f) {
        String a = f.abbrev();
        return a.startsWith("_ws.") && a.lastIndexOf('.') > 3 ? a.substring(0, a.lastIndexOf('.')) : f.protocol();
    }

    /**
     * tshark's display column: the base for integers (BASE_DEC, BASE_HEX, BASE_NONE…), the bit width of the
     * containing integer for booleans ("0" when not a bit field), and nothing for frame numbers and every other
     * type.
     */
    static String baseColumn(FieldDef f) {
        FieldType t = f.type();
        if (t == FieldType.BOOLEAN) {
            return Integer.toString(f.bitWidth());
        }
        if (t.isInteger() && t != FieldType.FRAMENUM) {
            return "BASE_" + f.base().name();
        }
        return "";
    }
}
