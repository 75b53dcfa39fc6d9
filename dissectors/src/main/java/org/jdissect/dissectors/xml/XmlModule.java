package org.jdissect.dissectors.xml;

import static org.jdissect.api.field.FieldType.*;
import static org.jdissect.dissectors.xml.TokenRules.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jdissect.api.bytes.ByteView;
import org.jdissect.api.dissect.PacketContext;
import org.jdissect.api.dissect.ProtocolModule;
import org.jdissect.api.dissect.Registrar;
import org.jdissect.api.expert.Expert;
import org.jdissect.api.expert.ExpertDef;
import org.jdissect.api.expert.ExpertGroup;
import org.jdissect.api.expert.ExpertSeverity;
import org.jdissect.api.field.FieldDef;
import org.jdissect.api.tree.FieldFormat;
import org.jdissect.api.tree.ProtoNode;
import org.jdissect.dissectors.common.StringItems;
import org.jdissect.dissectors.media.MediaType;
import org.jdissect.dissectors.xml.TokenRules.Rule;
import org.jdissect.dissectors.xml.TokenRules.Scan;
import org.jdissect.dissectors.xml.TokenRules.Token;

/**
 * eXtensible Markup Language (xml), as Wireshark 4.0's packet-xml.c shows a body of an XML media type: not a
 * validating parser but a tokenizer, whose items follow the text as written. Each tag is an item ({@code xml.tag},
 * its value the opening tag) holding its attributes ({@code xml.attribute}, "name=value"), its text
 * ({@code xml.cdata}) and inner tags, and the closing tag as a line; text outside any tag is {@code xml.unknown}.
 * Processing instructions, comments, CDATA sections, DOCTYPE declarations with their internal DTD are items of
 * their own; the {@code <?xml ...?>} declaration's version, encoding and standalone are fields. What the tokenizer
 * cannot read is marked "Unrecognized text", a closing tag with nothing open "Closing an unopened tag".
 */
public final class XmlModule implements ProtocolModule {
    public static final String NAME = "xml";
    public static final FieldDef XML = FieldDef.builder(NAME, "eXtensible Markup Language", PROTOCOL).blurb("XML")
            .build();
    static final FieldDef XMLPI = FieldDef.builder("xml.xmlpi", "XMLPI", STRING).build();
    static final FieldDef CDATA_SECTION = FieldDef.builder("xml.cdatasection", "CDATASection", STRING).build();
    static final FieldDef COMMENT = FieldDef.builder("xml.comment", "Comment", STRING).build();
    static final FieldDef ATTRIBUTE = FieldDef.builder("xml.attribute", "Attribute", STRING).build();
    static final FieldDef DOCTYPE = FieldDef.builder("xml.doctype", "Doctype", STRING).build();
    static final FieldDef DTD_TAG = FieldDef.builder("xml.dtdtag", "DTD Tag", STRING).build();
    static final FieldDef CDATA = FieldDef.builder("xml.cdata", "CDATA", STRING).build();
    static final FieldDef TAG = FieldDef.builder("xml.tag", "Tag", STRING).build();
    static final FieldDef UNKNOWN = FieldDef.builder("xml.unknown", "Unknown", STRING).build();
    static final FieldDef XMLPI_XML = FieldDef.builder("xml.xmlpi.xml", "xml.xmlpi.xml", STRING).build();
    static final FieldDef XMLPI_ENCODING = FieldDef.builder("xml.xmlpi.xml.encoding", "encoding", STRING).build();
    static final FieldDef XMLPI_VERSION = FieldDef.builder("xml.xmlpi.xml.version", "version", STRING).build();
    static final FieldDef XMLPI_STANDALONE = FieldDef.builder("xml.xmlpi.xml.standalone", "standalone", STRING)
            .build();

    static final ExpertDef EI_CLOSING_UNOPENED_TAG = ExpertDef.of("xml.closing_unopened_tag", ExpertGroup.MALFORMED,
            ExpertSeverity.ERROR, "Closing an unopened tag");
    static final ExpertDef EI_CLOSING_UNOPENED_XMPLI_TAG = ExpertDef.of("xml.closing_unopened_xmpli_tag",
            ExpertGroup.MALFORMED, ExpertSeverity.ERROR, "Closing an unopened xmpli tag");
    static final ExpertDef EI_UNRECOGNIZED_TEXT = ExpertDef.of("xml.unrecognized_text", ExpertGroup.PROTOCOL,
            ExpertSeverity.WARN, "Unrecognized text");

    /**
     * Wireshark 4.0's media types for XML (packet-xml.c's defaults and its DTDs' own, checked against tshark 4.0.17
     * one by one): the bodies HTTP and MIME multipart hand to this dissector.
     */
    public static final List<String> MEDIA_TYPES = List.of("application/3gpp-ims+xml", "application/atom+xml",
            "application/auth-policy+xml", "application/ccmp+xml", "application/conference-info+xml",
            "application/cpim-pidf+xml", "application/cpl+xml", "application/dds-web+xml",
            "application/im-iscomposing+xml", "application/load-control+xml", "application/mathml+xml",
            "application/media_control+xml", "application/mediaservercontrol+xml", "application/note+xml",
            "application/pidf+xml", "application/pidf-diff+xml", "application/poc-settings+xml", "application/rdf+xml",
            "application/reginfo+xml", "application/resource-lists+xml", "application/rlmi+xml",
            "application/rls-services+xml", "application/rs-metadata+xml", "application/rss+xml",
            "application/simple-filter+xml", "application/simple-message-summary+xml", "application/simservs+xml",
            "application/smil", "application/soap+xml", "application/upp-directory+xml",
            "application/vnc.3gpp.iut-config+xml", "application/vnd.3gpp-prose+xml",
            "application/vnd.3gpp-prose-pc3ch+xml", "application/vnd.3gpp.access-transfer-events+xml",
            "application/vnd.3gpp.bsf+xml", "application/vnd.3gpp.comm-div-info+xml", "application/vnd.3gpp.cw+xml",
            "application/vnd.3gpp.iut+xml", "application/vnd.3gpp.mcdata-affiliation-command+xml",
            "application/vnd.3gpp.mcdata-info+xml", "application/vnd.3gpp.mcdata-location-info+xml",
            "application/vnd.3gpp.mcdata-mbms-usage-info+xml", "application/vnd.3gpp.mcdata-regroup+xml",
            "application/vnd.3gpp.mcptt-affiliation-command+xml", "application/vnd.3gpp.mcptt-floor-request+xml",
            "application/vnd.3gpp.mcptt-info+xml", "application/vnd.3gpp.mcptt-location-info+xml",
            "application/vnd.3gpp.mcptt-mbms-usage-info+xml", "application/vnd.3gpp.mcptt-regroup+xml",
            "application/vnd.3gpp.mcptt-signed+xml", "application/vnd.3gpp.mcvideo-affiliation-command+xml",
            "application/vnd.3gpp.mcvideo-info+xml", "application/vnd.3gpp.mcvideo-location-info+xml",
            "application/vnd.3gpp.mcvideo-mbms-usage-info+xml", "application/vnd.3gpp.mid-call+xml",
            "application/vnd.3gpp.replication+xml", "application/vnd.3gpp.sms+xml",
            "application/vnd.3gpp.srvcc-ext+xml", "application/vnd.3gpp.srvcc-info+xml",
            "application/vnd.3gpp.state-and-event-info+xml", "application/vnd.3gpp.transmission-request+xml",
            "application/vnd.3gpp.ussd+xml", "application/vnd.3gpp2.bcmcsinfo+xml", "application/vnd.etsi.aoc+xml",
            "application/vnd.etsi.cug+xml", "application/vnd.etsi.iptvcommand+xml",
            "application/vnd.etsi.iptvdiscovery+xml", "application/vnd.etsi.iptvprofile+xml",
            "application/vnd.etsi.iptvsad-bc+xml", "application/vnd.etsi.iptvsad-cod+xml",
            "application/vnd.etsi.iptvsad-npvr+xml", "application/vnd.etsi.iptvservice+xml",
            "application/vnd.etsi.iptvsync+xml", "application/vnd.etsi.iptvueprofile+xml",
            "application/vnd.etsi.mcid+xml", "application/vnd.etsi.overload-control-policy-dataset+xml",
            "application/vnd.etsi.pstn+xml", "application/vnd.etsi.sci+xml", "application/vnd.etsi.simservs+xml",
            "application/vnd.etsi.tsl+xml", "application/vnd.oma.access-permissions-list+xml",
            "application/vnd.oma.alias-principals-list+xml",
            "application/vnd.oma.bcast.associated-procedure-parameter+xml",
            "application/vnd.oma.bcast.drm-trigger+xml", "application/vnd.oma.bcast.imd+xml",
            "application/vnd.oma.bcast.notification+xml", "application/vnd.oma.bcast.sgdd+xml",
            "application/vnd.oma.bcast.smartcard-trigger+xml", "application/vnd.oma.bcast.sprov+xml",
            "application/vnd.oma.cab-address-book+xml", "application/vnd.oma.cab-feature-handler+xml",
            "application/vnd.oma.cab-pcc+xml", "application/vnd.oma.cab-subs-invite+xml",
            "application/vnd.oma.cab-user-prefs+xml", "application/vnd.oma.dd2+xml",
            "application/vnd.oma.drm.risd+xml", "application/vnd.oma.fnl+xml",
            "application/vnd.oma.group-usage-list+xml", "application/vnd.oma.pal+xml",
            "application/vnd.oma.poc.detailed-progress-report+xml", "application/vnd.oma.poc.final-report+xml",
            "application/vnd.oma.poc.groups+xml", "application/vnd.oma.poc.invocation-descriptor+xml",
            "application/vnd.oma.poc.optimized-progress-report+xml", "application/vnd.oma.scidm.messages+xml",
            "application/vnd.oma.suppnot+xml", "application/vnd.oma.xcap-directory+xml",
            "application/vnd.oma.xdcp+xml", "application/vnd.oma.xdm-apd+xml", "application/vnd.oma.xdm-hi+xml",
            "application/vnd.oma.xdm-prefs+xml", "application/vnd.oma.xdm-rhi+xml", "application/vnd.omads-email+xml",
            "application/vnd.omads-file+xml", "application/vnd.omads-folder+xml", "application/vnd.wv.csp+xml",
            "application/vnd.wv.csp.xml", "application/watcherinfo+xml", "application/x-crd+xml",
            "application/x-wms-logconnectstats", "application/x-wms-logplaystats", "application/x-wms-sendevent",
            "application/xcap-att+xml", "application/xcap-caps+xml", "application/xcap-diff+xml",
            "application/xcap-el+xml", "application/xcap-error+xml", "application/xcap-ns+xml", "application/xml",
            "application/xml-dtd", "application/xpidf+xml", "application/xslt+xml", "image/svg+xml",
            "message/imdn+xml", "text/vnd.wap.co", "text/vnd.wap.emn", "text/vnd.wap.si", "text/vnd.wap.sl",
            "text/vnd.wap.wml", "text/xml");

    /** Names of tags and processing instructions (no colon) and of attributes (with one). */
    private static final String NAME_CHARS = "abcdefghijklmnopqrstuvwxyz.-_ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void register(Registrar r) {
        r.fields(XML, XMLPI, CDATA_SECTION, COMMENT, ATTRIBUTE, DOCTYPE, DTD_TAG, CDATA, TAG, UNKNOWN, XMLPI_XML,
                XMLPI_ENCODING, XMLPI_VERSION, XMLPI_STANDALONE);
        r.fields(DTDS.fields.toArray(new FieldDef[0]));
        r.experts(EI_CLOSING_UNOPENED_TAG, EI_CLOSING_UNOPENED_XMPLI_TAG, EI_UNRECOGNIZED_TEXT);
        r.dissector(NAME, XmlModule::dissect);
    }

    /**
     * What a tag, processing instruction or text belongs to: its item's field, its text's field, the attributes it
     * knows by name (lower case) and the names of the tags inside it it knows. Tags nobody knows are
     * {@link #UNKNOWN_NS}; the document's top is {@link #ROOT_NS}.
     */
    record Namespace(String name, FieldDef tag, FieldDef cdata, Map<String, FieldDef> attributes,
                     Map<String, Namespace> elements) {
    }

    private static final DtdNamespaces DTDS = DtdNamespaces.load();
    /** The names known at any depth: the roots of Wireshark's DTD namespaces. */
    private static final Map<String, Namespace> ROOTS = DTDS.roots;
    static final Namespace ROOT_NS = new Namespace("xml", XML, UNKNOWN, Map.of(), ROOTS);
    static final Namespace UNKNOWN_NS = new Namespace("unknown", TAG, CDATA, Map.of(), ROOTS);
    /** Processing instructions with names of their own ({@code <?xml}), by name as written. */
    private static final Map<String, Namespace> PI_NAMES = Map.of("xml", new Namespace("xml", XMLPI_XML, null,
            Map.of("version", XMLPI_VERSION, "encoding", XMLPI_ENCODING, "standalone", XMLPI_STANDALONE), Map.of()));
    private static final Set<String> DTD_PROTOCOLS = ROOTS.values().stream().map(n -> n.tag().abbrev())
            .collect(Collectors.toUnmodifiableSet());

    /** Whether {@code abbrev} is a protocol of a DTD namespace (rss, presence…), whose item may stand for XML's. */
    public static boolean isNamespaceProtocol(String abbrev) {
        return DTD_PROTOCOLS.contains(abbrev);
    }

    /**
     * What packet-xml.c appends to the Protocol column after a '/' for a body of {@code mediaType} (bare, lower
     * case): "XML", or the root element's name in capitals for a type a DTD claims ("PRESENCE").
     */
    public static String protocolColumn(String mediaType) {
        Namespace ns = DTDS.byMediaType.get(mediaType);
        return ns == null ? "XML" : ns.name().toUpperCase(Locale.ROOT);
    }

    /** Shows {@code tvb}, a whole body, as XML. */
    public static int dissect(ByteView tvb, PacketContext ctx, ProtoNode parent) {
        ctx.addProtocol(NAME);
        String outer = ctx.currentProto();
        ctx.setCurrentProto("XML");
        int cap = tvb.capturedLength();
        // a media type a DTD claims starts in its namespace, whose protocol item stands for XML's; the body is
        // read as UTF-8 from its first byte, as 4.0 reads it (a byte-order mark is text, "\uFEFF")
        MediaType mt = ctx.get(MediaType.class);
        Namespace top = mt == null ? ROOT_NS : DTDS.byMediaType.getOrDefault(mt.type(), ROOT_NS);
        ProtoNode item = parent.addItem(top.tag(), tvb, 0, cap);
        // without a tree (tshark's summary, -z expert) proto.c adds no item, so no tree grows too deep, but the
        // findings are still counted
        new Document(tvb, ctx, item, top, !ctx.treeless()).parse(0, cap);
        ctx.setCurrentProto(outer);
        return cap;
    }

    /** One body's parse: packet-xml.c's stack of open elements and its callbacks. */
    private static final class Document {
        /** An open element (or the document, a processing instruction, a DOCTYPE): where its items go. */
        private static final class Frame {
            final ProtoNode item;
            ProtoNode lastItem;
            final Namespace ns;
            final int start;

            Frame(ProtoNode item, Namespace ns, int start) {
                this.item = item;
                this.lastItem = item;
                this.ns = ns;
                this.start = start;
            }
        }

        private final ByteView tvb;
        private final PacketContext ctx;
        private final List<Frame> stack = new ArrayList<>();
        private final Rule want;
        private final Rule scopedName;
        private final Namespace rootNs;
        private final ProtoNode root;
        /** Whether items are built; without, the frames hold no item and findings go to the protocol's. */
        private final boolean tree;

        Document(ByteView tvb, PacketContext ctx, ProtoNode root, Namespace rootNs, boolean tree) {
            this.tvb = tvb;
            this.ctx = ctx;
            this.rootNs = rootNs;
            this.root = root;
            this.tree = tree;
            stack.add(new Frame(root, rootNs, 0));
            Rule name = chars(NAME_CHARS);
            Rule attrName = chars(NAME_CHARS + ":");
            scopedName = seq(name, ch(':'), name);
            Rule tagName = oneOf(scopedName, name);
            Rule attrValue = oneOf(quoted('"', '\\'), quoted('\'', '\\'), chars("0123456789"), name)
                    .after(t -> t.data = t.sub(0));
            Rule attributes = oneOrMore(seq(attrName, ch('='), attrValue).after(this::attribute));
            Rule stopTag = oneOf(ch('>').after(t -> appendLabel(">")),
                    string("/>").after(this::closedTag));
            Rule stopPi = string("?>").after(this::endPi);
            Rule comment = seq(string("<!--"), until(string("-->"))).after(t -> token(t, COMMENT));
            Rule cdataSection = seq(string("<![CDATA["), until(string("]]>"))).after(t -> token(t, CDATA_SECTION));
            Rule pi = seq(string("<?"), name, oneOf(stopPi, seq(attributes, stopPi))).before(this::startPi);
            Rule closingTag = seq(ch('<'), ch('/'), tagName, ch('>')).after(this::closingTag);
            Rule doctype = seq(ch('<'), ch('!'), caseString("DOCTYPE"),
                    oneOf(seq(name, ch('[')),
                            seq(name, oneOf(caseString("PUBLIC"), caseString("SYSTEM")), until(ch('>')))
                                    .after(this::pop)))
                    .before(this::startDoctype);
            Rule dtdClose = seq(ch(']'), ch('>')).after(this::endDoctype);
            Rule dtdTag = seq(ch('<'), ch('!'), until(ch('>'))).after(t -> token(t, DTD_TAG));
            Rule tag = seq(ch('<'), tagName, oneOf(seq(attributes, stopTag), stopTag)).before(this::startTag);
            Rule text = notChars("<").after(t -> token(t, top().ns != null ? top().ns.cdata() : UNKNOWN));
            Rule unrecognized = notChars(" \t\r\n").after(t -> expert(t, EI_UNRECOGNIZED_TEXT));
            want = oneOf(comment, cdataSection, pi, closingTag, doctype, dtdClose, dtdTag, tag, text, unrecognized);
        }

        void parse(int start, int end) {
            Scan s = new Scan(tvb, end, chars(" \t\r\n"));
            int off = start;
            while (off >= 0) {
                off = s.get(off, want);
            }
        }

        private Frame top() {
            return stack.get(stack.size() - 1);
        }

        /** Leaves the innermost open frame, or says that nothing was open. */
        private void pop(Token t, ExpertDef unopened) {
            if (stack.size() > 1) {
                stack.remove(stack.size() - 1);
            } else {
                expert(t, unopened);
            }
        }

        private void pop(Token t) {
            pop(t, EI_CLOSING_UNOPENED_TAG);
        }

        /** A string item over the token, its text the token's (after_token). */
        private void token(Token t, FieldDef f) {
            if (tree) {
                stringItem(top().item, f, t.offset, t.len).label(text(t.offset, t.len));
            }
        }

        private void appendLabel(String text) {
            if (tree) {
                top().lastItem.appendLabel(text);
            }
        }

        /**
         * An FT_STRING item of UTF-8 text: its value ends at a NUL, and proto.c notes "Trailing stray characters" when
         * anything but NULs follows one.
         */
        private ProtoNode stringItem(ProtoNode parent, FieldDef f, int off, int len) {
            return StringItems.noteStrayUtf8(parent.addObj(f, tvb, off, len, StringItems.utf8UpToNul(tvb, off, len)),
                    tvb, off, len, ctx);
        }

        private String text(int off, int len) {
            return FieldFormat.formatTextOfBytes(tvb.toArray(off, len), 0, len);
        }

        private void line(Token t) {
            if (tree) {
                top().item.addText(tvb, t.offset, t.len, text(t.offset, t.len));
            }
        }

        private void expert(Token t, ExpertDef def) {
            ProtoNode line = (tree ? top().item : root).addText(tvb, t.offset, t.len, def.summary());
            Expert.add(ctx, line, def);
        }

        /** before_xmpli: the instruction's item, named by its first word, open for its attributes. */
        private void startPi(Token t) {
            Token name = t.sub(1);
            Namespace ns = PI_NAMES.get(tvb.latin1(name.offset, name.len));
            ProtoNode item = !tree ? null : stringItem(top().item, ns == null ? XMLPI : ns.tag(), t.offset, t.len)
                    .label(text(t.offset, name.end() - t.offset));
            stack.add(new Frame(item, ns, t.offset));
        }

        private void endPi(Token t) {
            line(t);
            pop(t, EI_CLOSING_UNOPENED_XMPLI_TAG);
        }

        /** before_tag: the element's item (its value the opening tag), open for what it holds. */
        private void startTag(Token t) {
            Frame current = top();
            Token nameToken = t.sub(1);
            Token inner = nameToken.sub(0);
            Namespace ns;
            if (inner.rule == scopedName) {
                Token prefix = inner.sub(0);
                Token local = inner.sub(2);
                Namespace prefixNs = ROOT_NS.elements().get(tvb.latin1(prefix.offset, prefix.len));
                ns = prefixNs == null ? null : prefixNs.elements().get(tvb.latin1(local.offset, local.len));
            } else if (current.ns != null) {
                String name = tvb.latin1(inner.offset, inner.len).toLowerCase(Locale.ROOT);
                ns = current.ns.elements().get(name);
                if (ns == null) {
                    ns = rootNs.elements().get(name);
                }
            } else {
                ns = null;
            }
            if (ns == null) {
                ns = UNKNOWN_NS;
            }
            ProtoNode item = !tree ? null : stringItem(current.item, ns.tag(), t.offset, t.len)
                    .label(text(t.offset, nameToken.end() - t.offset));
            stack.add(new Frame(item, ns, t.offset));
        }

        private void closedTag(Token t) {
            appendLabel("/>");
            pop(t);
        }

        /** after_untag: the open element's item now ends with its closing tag, shown as a line. */
        private void closingTag(Token t) {
            Frame f = top();
            if (tree) {
                f.item.setLength(t.offset - f.start + t.len);
            }
            line(t);
            pop(t);
        }

        /** before_dtd_doctype: the DOCTYPE's item (its value the name), open for an internal subset. */
        private void startDoctype(Token t) {
            Token name = t.sub(3).sub(0).sub(0);
            ProtoNode item = !tree ? null : top().item.addObj(DOCTYPE, tvb, name.offset, name.len,
                    tvb.asciiString(name.offset, name.len)).label(text(t.offset, t.len));
            stack.add(new Frame(item, null, t.offset));
        }

        private void endDoctype(Token t) {
            line(t);
            pop(t);
        }

        /**
         * after_attrib: an attribute its element knows is an item of its own field over the value; any other is
         * {@code xml.attribute} over the whole "name=value". Either shows the whole text; a {@code >} or {@code />}
         * that follows goes after it.
         */
        private void attribute(Token t) {
            if (!tree) {
                return;
            }
            Frame f = top();
            Token name = t.sub(0);
            Token value = t.sub(2).data;
            FieldDef known = f.ns == null ? null
                    : f.ns.attributes().get(tvb.latin1(name.offset, name.len).toLowerCase(Locale.ROOT));
            Token over = known == null ? t : value;
            f.lastItem = stringItem(f.item, known == null ? ATTRIBUTE : known, over.offset, over.len)
                    .label(text(t.offset, t.len));
        }
    }
}
