package org.jdissect.dissectors.dhcp;

import static org.jdissect.api.field.FieldType.*;
import static org.jdissect.dissectors.dhcp.DhcpFields.EI_BAD_LENGTH;
import static org.jdissect.dissectors.dhcp.DhcpFields.EI_MISSING_SUBOPT_LENGTH;
import static org.jdissect.dissectors.dhcp.DhcpFields.EI_SUBOPT_UNKNOWN_TYPE;
import static org.jdissect.dissectors.dhcp.DhcpFields.SUBOPTION_LENGTH;
import static org.jdissect.dissectors.dhcp.DhcpFields.VENDOR_VALUE;

import java.util.Map;
import org.jdissect.api.bytes.ByteView;
import org.jdissect.api.dissect.PacketContext;
import org.jdissect.api.expert.Expert;
import org.jdissect.api.expert.ExpertDef;
import org.jdissect.api.expert.ExpertGroup;
import org.jdissect.api.expert.ExpertSeverity;
import org.jdissect.api.field.FieldDef;
import org.jdissect.api.tree.FieldFormat;
import org.jdissect.api.tree.ProtoNode;

/**
 * Option 43 as the PXE 2.1 specification fills it, which packet-dhcp.c's "PXEClient" heuristic decodes when the
 * message's vendor class identifier starts with "PXEClient": suboptions of a code, a length and a value.
 */
final class DhcpPxe {
    private DhcpPxe() {
    }

    private static final Map<Long, String> NAMES = Map.ofEntries(Map.entry(0L, "Padding"),
            Map.entry(1L, "PXE mtftp IP"), Map.entry(2L, "PXE mtftp client port"),
            Map.entry(3L, "PXE mtftp server port"), Map.entry(4L, "PXE mtftp timeout"),
            Map.entry(5L, "PXE mtftp delay"), Map.entry(6L, "PXE discovery control"),
            Map.entry(7L, "PXE multicast address"), Map.entry(8L, "PXE boot servers"), Map.entry(9L, "PXE boot menu"),
            Map.entry(10L, "PXE menu prompt"), Map.entry(11L, "PXE multicast address alloc"),
            Map.entry(12L, "PXE credential types"), Map.entry(71L, "PXE boot item"), Map.entry(179L, "PXE LCM Server"),
            Map.entry(180L, "PXE LCM Domain"), Map.entry(181L, "PXE LCM NIC option 0"),
            Map.entry(190L, "PXE LCM Workgroup"), Map.entry(191L, "PXE Discovery"), Map.entry(192L, "PXE Configured"),
            Map.entry(193L, "PXE LCM version"), Map.entry(194L, "PXE LCM Serial Number"), Map.entry(255L, "PXE End"));

    private static final String P = "dhcp.option.vendor.pxeclient.";
    static final FieldDef SUBOPTION = FieldDef.builder(P + "suboption", "Option 43 Suboption", UINT8).names(NAMES)
            .blurb("Option 43:PXE Client Suboption").build();
    static final FieldDef PADDING = FieldDef.builder(P + "padding", "Padding", UINT8)
            .blurb("Option 43:PXE Client 0 Padding").build();
    static final FieldDef MTFTP_IP = FieldDef.builder(P + "mtftp_ip", "mtftp IP", IPV4)
            .blurb("Option 43:PXE Client 1 mtftp IP").build();
    static final FieldDef MTFTP_CLIENT_PORT = FieldDef.builder(P + "mtftp_client_port", "mtftp client port", UINT16)
            .blurb("Option 43:PXE Client 2 mtftp client port").build();
    static final FieldDef MTFTP_SERVER_PORT = FieldDef.builder(P + "mtftp_server_port", "mtftp server port", UINT16)
            .blurb("Option 43:PXE Client 3 mtftp server port").build();
    static final FieldDef MTFTP_TIMEOUT = FieldDef.builder(P + "mtftp_timeout", "mtftp timeout", UINT8)
            .blurb("Option 43:PXE Client 4 mtftp timeout").build();
    static final FieldDef MTFTP_DELAY = FieldDef.builder(P + "mtftp_delay", "mtftp delay", UINT8)
            .blurb("Option 43:PXE Client 5 mtftp delay").build();
    static final FieldDef DISCOVERY_CONTROL = FieldDef.builder(P + "discovery_control", "discovery control", UINT8)
            .hex().blurb("Option 43:PXE Client 6 discovery control").build();
    static final FieldDef DC_BROADCAST = flag("discovery_control.broadcast", "Disable Broadcast", 0x01);
    static final FieldDef DC_MULTICAST = flag("discovery_control.multicast", "Disable Multicast", 0x02);
    static final FieldDef DC_SERVERLIST = flag("discovery_control.serverlist", "Serverlist only", 0x04);
    static final FieldDef DC_BSTRAP = flag("discovery_control.bstrap", "Bootstrap override", 0x08);
    static final FieldDef MULTICAST_ADDRESS = FieldDef.builder(P + "multicast_address", "multicast address", IPV4)
            .blurb("Option 43:PXE Client 7 multicast address").build();
    static final FieldDef BOOT_SERVERS = FieldDef.builder(P + "boot_servers", "boot servers", BYTES)
            .blurb("Option 43:PXE Client 8 boot servers").build();
    static final FieldDef BOOT_SERVER_TYPE = FieldDef.builder(P + "boot_servers.type", "Type", UINT16)
            .names(Map.ofEntries(Map.entry(0L, "PXE bootstrap server"), Map.entry(1L,
                    "Microsoft Windows NT Boot Server"), Map.entry(2L, "Intel LCM Boot Server"),
                    Map.entry(3L, "DOS/UNDI Boot Server"), Map.entry(4L, "NEC ESMPRO Boot Server"),
                    Map.entry(5L, "IBM WSoD Boot Server"), Map.entry(6L, "IBM LCCM Boot Server"),
                    Map.entry(7L, "CA Unicenter TNG Boot Server"), Map.entry(8L, "HP OpenView Boot Server"),
                    Map.entry(65535L, "PXE API Test server"))).build();
    static final FieldDef BOOT_SERVER_COUNT = FieldDef.builder(P + "boot_servers.count", "IP count", UINT8).build();
    static final FieldDef BOOT_SERVER_IP = FieldDef.builder(P + "boot_servers.ip", "IP", IPV4).build();
    static final FieldDef BOOT_MENU = FieldDef.builder(P + "boot_menu", "boot menu", BYTES)
            .blurb("Option 43:PXE Client 9 boot menu").build();
    static final FieldDef BOOT_MENU_TYPE = FieldDef.builder(P + "boot_menu.type", "Type", UINT16)
            .names(Map.of(0L, "Local boot")).build();
    static final FieldDef BOOT_MENU_LENGTH = FieldDef.builder(P + "boot_menu.length", "Length", UINT8).build();
    static final FieldDef BOOT_MENU_DESC = FieldDef.builder(P + "boot_menu.desc", "Description", STRING).build();
    static final FieldDef MENU_PROMPT = FieldDef.builder(P + "menu_prompt", "menu prompt", BYTES)
            .blurb("Option 43:PXE Client 10 menu prompt").build();
    static final FieldDef MENU_PROMPT_TIMEOUT = FieldDef.builder(P + "menu_prompt.timeout", "Timeout", UINT8).build();
    static final FieldDef MENU_PROMPT_PROMPT = FieldDef.builder(P + "menu_prompt.prompt", "Prompt", STRING).build();
    static final FieldDef MULTICAST_ALLOC = FieldDef.builder(P + "multicast_address_alloc",
            "multicast address alloc", BYTES).blurb("Option 43:PXE Client 11 multicast address alloc").build();
    static final FieldDef CREDENTIAL_TYPES = FieldDef.builder(P + "credential_types", "credential types", BYTES)
            .blurb("Option 43:PXE Client 12 credential types").build();
    static final FieldDef BOOT_ITEM = FieldDef.builder(P + "boot_item", "boot item", BYTES)
            .blurb("Option 43:PXE Client 71 boot item").build();
    static final FieldDef BOOT_ITEM_TYPE = FieldDef.builder(P + "boot_item.type", "Type", UINT16).build();
    static final FieldDef BOOT_ITEM_LAYER = FieldDef.builder(P + "boot_item.layer", "Layer", BYTES).build();
    static final FieldDef LCM_SERVER = FieldDef.builder(P + "lcm_server", "LCM Server Name", STRING).stringz()
            .blurb("Option 43:PXE Client 179 LCM Server").build();
    static final FieldDef LCM_DOMAIN = FieldDef.builder(P + "lcm_domain", "LCM Domain", STRING).stringz()
            .blurb("Option 43:PXE Client 180 LCM Domain").build();
    static final FieldDef LCM_NIC_OPTION = FieldDef.builder(P + "lcm_nic_option", "LCM NIC option", BYTES)
            .blurb("Option 43:PXE Client 181 LCM NIC Option").build();
    static final FieldDef LCM_WORKGROUP = FieldDef.builder(P + "lcm_workgroup", "LCM Workgroup", STRING).stringz()
            .blurb("Option 43:PXE Client 190 LCM Workgroup").build();
    static final FieldDef DISCOVERY = FieldDef.builder(P + "discovery", "Discovery", BOOLEAN).trueFalse("Yes", "No")
            .blurb("Option 43:PXE Client 191 Discovery").build();
    static final FieldDef CONFIGURED = FieldDef.builder(P + "configured", "Configured", BOOLEAN)
            .trueFalse("Yes", "No").blurb("Option 43:PXE Client 192 Configured").build();
    static final FieldDef LCM_VERSION = FieldDef.builder(P + "lcm_version", "LCM Version", UINT32)
            .blurb("Option 43:PXE Client 193 LCM Version").build();
    static final FieldDef LCM_SERIAL = FieldDef.builder(P + "lcm_serial", "LCM Serial Number", STRING).stringz()
            .blurb("Option 43:PXE Client 194 LCM Serial Number").build();
    static final FieldDef END = FieldDef.builder(P + "end", "PXE Client End", UINT8)
            .blurb("Option 43:PXE Client 255 End").build();
    static final ExpertDef EI_SUBOPTION_INVALID = ExpertDef.of("dhcp.suboption_invalid", ExpertGroup.PROTOCOL,
            ExpertSeverity.ERROR, "Invalid suboption");

    static final FieldDef[] FIELDS = {SUBOPTION, PADDING, MTFTP_IP, MTFTP_CLIENT_PORT, MTFTP_SERVER_PORT,
        MTFTP_TIMEOUT, MTFTP_DELAY, DISCOVERY_CONTROL, DC_BROADCAST, DC_MULTICAST, DC_SERVERLIST, DC_BSTRAP,
        MULTICAST_ADDRESS, BOOT_SERVERS, BOOT_SERVER_TYPE, BOOT_SERVER_COUNT, BOOT_SERVER_IP, BOOT_MENU,
        BOOT_MENU_TYPE, BOOT_MENU_LENGTH, BOOT_MENU_DESC, MENU_PROMPT, MENU_PROMPT_TIMEOUT, MENU_PROMPT_PROMPT,
        MULTICAST_ALLOC, CREDENTIAL_TYPES, BOOT_ITEM, BOOT_ITEM_TYPE, BOOT_ITEM_LAYER, LCM_SERVER, LCM_DOMAIN,
        LCM_NIC_OPTION, LCM_WORKGROUP, DISCOVERY, CONFIGURED, LCM_VERSION, LCM_SERIAL, END};

    /** The suboptions packet-dhcp.c knows: codes below this one; the others are "Unknown suboption". */
    private static final int TABLE_SIZE = 195;

    private static FieldDef flag(String name, String text, int mask) {
        return FieldDef.builder(P + name, text, BOOLEAN).mask(mask, 8).setNotSet().build();
    }

    /** Whether the heuristic takes the option: the vendor class identifier starts with "PXEClient". */
    static boolean applies(String vendorClass) {
        return vendorClass != null && vendorClass.startsWith("PXEClient");
    }

    /** The suboptions of option 43 ({@code v}) under its item {@code o}. */
    static void dissect(ByteView v, ProtoNode o, PacketContext ctx) {
        o.appendLabel(" (PXEClient)");
        int end = v.reportedLength();
        if (end > 0) {
            // a heuristic sub-dissector given data is a layer of its own in frame.protocols ("dhcp:dhcp")
            ctx.addProtocol(DhcpModule.NAME);
        }
        int off = 0;
        while (off < end) {
            off = suboption(v, o, ctx, off, end);
        }
    }

    private static int suboption(ByteView v, ProtoNode o, PacketContext ctx, int off, int end) {
        int sub = v.u8(off);
        if (sub == 0) {
            o.add(PADDING, v, off, 1, 0);
            return off + 1;
        }
        if (sub == 255) {
            // whatever follows the End suboption is skipped
            o.add(END, v, off, 1, 255);
            return end;
        }
        if (off + 1 >= end) {
            Expert.add(ctx, o, EI_MISSING_SUBOPT_LENGTH, "Suboption " + sub
                    + ": no room left in option for suboption length");
            return end;
        }
        int len = v.u8(off + 1);
        String name = NAMES.get((long) sub);
        ProtoNode s = o.add(SUBOPTION, v, off, len + 2, sub).label("Option 43 Suboption: (" + sub + ") "
                + (name == null ? "Unknown" : name));
        s.add(SUBOPTION_LENGTH, v, off + 1, 1, len);
        int at = off + 2;
        s.addObj(VENDOR_VALUE, v, at, len, len == 0 ? "<MISSING>" : v.toArray(at, len)).hidden();
        if (sub >= TABLE_SIZE) {
            Expert.add(ctx, s, EI_SUBOPTION_INVALID, "Unknown suboption " + sub + " (" + len + " bytes)");
            return off + len + 2;
        }
        switch (sub) {
            case 1 -> addresses(v, s, ctx, at, len, MTFTP_IP);
            case 7 -> addresses(v, s, ctx, at, len, MULTICAST_ADDRESS);
            case 2, 3 -> {
                if (len != 2) {
                    unknownType(ctx, s, sub, "length isn't 2");
                } else {
                    s.add(sub == 2 ? MTFTP_CLIENT_PORT : MTFTP_SERVER_PORT, v, at, 2, v.u16le(at));
                }
            }
            case 4, 5, 191, 192 -> {
                if (len != 1) {
                    unknownType(ctx, s, sub, "length isn't 1");
                } else {
                    FieldDef f = switch (sub) {
                        case 4 -> MTFTP_TIMEOUT;
                        case 5 -> MTFTP_DELAY;
                        case 191 -> DISCOVERY;
                        default -> CONFIGURED;
                    };
                    s.add(f, v, at, 1, v.u8(at));
                }
            }
            case 193 -> {
                if (len != 4) {
                    unknownType(ctx, s, sub, "length isn't 4");
                } else {
                    s.add(LCM_VERSION, v, at, 4, v.u32(at));
                }
            }
            case 179, 180, 190, 194 -> {
                FieldDef f = sub == 179 ? LCM_SERVER : sub == 180 ? LCM_DOMAIN : sub == 190 ? LCM_WORKGROUP
                        : LCM_SERIAL;
                DhcpOptions.text(s, f, v, at, len, ctx);
                if (len == 0) {
                    Expert.add(ctx, s, EI_SUBOPT_UNKNOWN_TYPE, "ERROR, please report: Unknown subopt type handler "
                            + sub);
                }
            }
            case 181 -> {
                s.addObj(LCM_NIC_OPTION, v, at, len, len == 0 ? "<MISSING>" : v.toArray(at, len));
                if (len == 0) {
                    Expert.add(ctx, s, EI_SUBOPT_UNKNOWN_TYPE, "ERROR, please report: Unknown subopt type handler "
                            + sub);
                }
            }
            case 6 -> {
                int flags = v.u8(at);
                StringBuilder text = new StringBuilder("discovery control: 0x").append(FieldFormat.hexPadded(flags, 2));
                FieldFormat.appendBitmaskNames(text, flags, DC_BROADCAST, DC_MULTICAST, DC_SERVERLIST, DC_BSTRAP);
                ProtoNode d = s.add(DISCOVERY_CONTROL, v, at, 1, flags).label(text.toString());
                d.add(DC_BROADCAST, v, at, 1, flags & 1);
                d.add(DC_MULTICAST, v, at, 1, flags >> 1 & 1);
                d.add(DC_SERVERLIST, v, at, 1, flags >> 2 & 1);
                d.add(DC_BSTRAP, v, at, 1, flags >> 3 & 1);
            }
            case 8 -> {
                ProtoNode b = s.addObj(BOOT_SERVERS, v, at, len, len == 0 ? "<MISSING>" : v.toArray(at, len));
                int p = at;
                while (p - at < len - 1) {
                    b.add(BOOT_SERVER_TYPE, v, p, 2, v.u16(p));
                    int count = v.u8(p + 2);
                    b.add(BOOT_SERVER_COUNT, v, p + 2, 1, count);
                    p += 3;
                    for (; count > 0; count--, p += 4) {
                        b.add(BOOT_SERVER_IP, v, p, 4, v.u32(p));
                    }
                }
            }
            case 9 -> {
                ProtoNode m = s.addObj(BOOT_MENU, v, at, len, len == 0 ? "<MISSING>" : v.toArray(at, len));
                int p = at;
                while (p - at < len - 1) {
                    m.add(BOOT_MENU_TYPE, v, p, 2, v.u16(p));
                    int descLength = v.u8(p + 2);
                    m.add(BOOT_MENU_LENGTH, v, p + 2, 1, descLength);
                    DhcpOptions.text(m, BOOT_MENU_DESC, v, p + 3, descLength, ctx);
                    p += 3 + descLength;
                }
            }
            case 10 -> {
                ProtoNode m = s.addObj(MENU_PROMPT, v, at, len, len == 0 ? "<MISSING>" : v.toArray(at, len));
                m.add(MENU_PROMPT_TIMEOUT, v, at, 1, v.u8(at));
                DhcpOptions.text(m, MENU_PROMPT_PROMPT, v, at + 1, len - 1, ctx);
            }
            case 11, 12 -> s.addObj(sub == 11 ? MULTICAST_ALLOC : CREDENTIAL_TYPES, v, at, len,
                    len == 0 ? "<MISSING>" : v.toArray(at, len));
            case 71 -> {
                ProtoNode i = s.addObj(BOOT_ITEM, v, at, len, len == 0 ? "<MISSING>" : v.toArray(at, len));
                i.add(BOOT_ITEM_TYPE, v, at, 2, v.u16(at));
                i.addObj(BOOT_ITEM_LAYER, v, at + 2, 2, v.toArray(at + 2, 2));
            }
            default -> {
                // an unassigned code below 195: no handler of a basic type either
                Expert.add(ctx, s, EI_SUBOPT_UNKNOWN_TYPE, "ERROR, please report: Unknown subopt type handler "
                        + sub);
            }
        }
        return off + len + 2;
    }

    /** A list of addresses; the bytes left over past the last whole one are a length finding. */
    private static void addresses(ByteView v, ProtoNode s, PacketContext ctx, int at, int len, FieldDef f) {
        int consumed = 0;
        for (int i = at, left = len; left > 0; i += 4, left -= 4) {
            if (left < 4) {
                Expert.add(ctx, s, EI_BAD_LENGTH, "Option length isn't a multiple of 4");
                break;
            }
            s.add(f, v, i, 4, v.u32(i));
            consumed += 4;
        }
        if (consumed == 0) {
            Expert.add(ctx, s, EI_SUBOPT_UNKNOWN_TYPE, "ERROR, please report: Unknown subopt type handler "
                    + v.u8(at - 2));
        }
    }

    /** A value of the wrong length: dhcp_handle_basic_types' finding, then the "unknown handler" one. */
    private static void unknownType(PacketContext ctx, ProtoNode s, int sub, String message) {
        Expert.add(ctx, s, EI_BAD_LENGTH, message);
        Expert.add(ctx, s, EI_SUBOPT_UNKNOWN_TYPE, "ERROR, please report: Unknown subopt type handler " + sub);
    }
}
