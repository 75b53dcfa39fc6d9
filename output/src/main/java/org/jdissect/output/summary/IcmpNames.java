package org.jdissect.output.summary;

import org.jdissect.api.field.FieldDef;

/**
 * The ICMP type and code names the Info column shows: the dissectors' own tables (org.jdissect.dissectors.icmp's
 * IcmpNames, which the -V labels use too), and ICMPv6's type names from icmpv6.type's value strings.
 */
final class IcmpNames {
    private IcmpNames() {
    }

    static String v4Type(int type, int code) {
        return org.jdissect.dissectors.icmp.IcmpNames.v4Type(type, code);
    }

    static String v4Code(int type, int code) {
        return org.jdissect.dissectors.icmp.IcmpNames.v4Code(type, code);
    }

    /** val_to_str(type, icmpv6_type_val, "Unknown (%d)"). */
    static String v6Type(FieldDef typeDef, int type) {
        String name = typeDef == null ? null : typeDef.valueName(type);
        return name == null ? "Unknown (" + type + ")" : name;
    }

    static String v6Code(int type, int code) {
        return org.jdissect.dissectors.icmp.IcmpNames.v6Code(type, code);
    }
}
