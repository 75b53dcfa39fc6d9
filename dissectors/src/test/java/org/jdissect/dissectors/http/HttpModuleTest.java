package org.jdissect.dissectors.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.jdissect.api.bytes.ByteView;
import org.jdissect.api.capture.PacketRecord;
import org.jdissect.api.dissect.Engine;
import org.jdissect.api.dissect.PacketContext;
import org.jdissect.api.dissect.Session;
import org.jdissect.api.tree.FieldFormat;
import org.jdissect.api.tree.ProtoNode;
import org.jdissect.api.tree.ProtoTree;
import org.jdissect.dissectors.tcp.TcpInfo;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** HTTP on byte arrays, as TCP would hand them over (a {@link TcpInfo} in the context). */
class HttpModuleTest {
    private static final Engine ENGINE = Engine.standard();
    private final HttpModule http = (HttpModule) ENGINE.modules().stream()
            .filter(m -> m instanceof HttpModule).findFirst().orElseThrow();
    private PacketContext ctx;
    private TcpInfo tcp;
    private long frame;

    @BeforeEach
    void newSession() {
        ctx = new PacketContext(ENGINE, new Session(), new ProtoTree());
        frame = 0;
    }

    /** Dissects {@code text} as the payload of the next frame of TCP stream 0; returns the bytes taken. */
    private int dissect(String text) {
        byte[] b = text.getBytes(StandardCharsets.ISO_8859_1);
        frame++;
        ctx.reset(new PacketRecord().set(frame, 1000 + frame, 0, b.length, 1, ByteView.of(b)));
        tcp = new TcpInfo();
        ctx.put(TcpInfo.class, tcp);
        return http.dissect(ByteView.of(b), ctx, ctx.tree().root());
    }

    private String value(String abbrev) {
        ProtoNode n = ctx.tree().find(abbrev);
        return n == null ? null : FieldFormat.value(n);
    }

    @Test
    void requestThenResponseArePairedWithContentLengthBody() {
        String req = "GET /a HTTP/1.1\r\nHost: h\r\nUser-Agent: t\r\nX-Other: 1\r\n\r\n";
        assertThat(dissect(req)).isEqualTo(req.length());
        assertThat(value("http.request.method")).isEqualTo("GET");
        assertThat(value("http.request.uri")).isEqualTo("/a");
        assertThat(value("http.request.version")).isEqualTo("HTTP/1.1");
        assertThat(value("http.host")).isEqualTo("h");
        assertThat(value("http.request.full_uri")).isEqualTo("http://h/a");
        assertThat(ctx.tree().findAll("http.request.line")).hasSize(3);
        assertThat(ctx.protocols().toString()).isEqualTo("http");

        String res = "HTTP/1.1 404 Not Found\r\nContent-Type: text/plain\r\nContent-Length: 3\r\n\r\nabc";
        assertThat(dissect(res)).isEqualTo(res.length());
        assertThat(value("http.response.code")).isEqualTo("404");
        assertThat(value("http.response.code.desc")).isEqualTo("Not Found");
        assertThat(value("http.response.phrase")).isEqualTo("Not Found");
        assertThat(value("http.content_length")).isEqualTo("3");
        assertThat(value("http.request_in")).isEqualTo("1");
        assertThat(value("http.time")).isEqualTo("1.000000000");
        assertThat(value("http.response_for.uri")).isEqualTo("http://h/a");
        assertThat(value("http.file_data")).isEqualTo("abc");
        assertThat(ctx.protocols().toString()).isEqualTo("http:data-text-lines");
    }

    @Test
    void pipelinedRequestsAreDissectedOneMessageACall() {
        String two = "GET / HTTP/1.1\r\nHost: a\r\n\r\nGET /b HTTP/1.1\r\nHost: a\r\n\r\n";
        int first = dissect(two);
        assertThat(first).isEqualTo("GET / HTTP/1.1\r\nHost: a\r\n\r\n".length());
        int second = http.dissect(ByteView.of(two.getBytes(StandardCharsets.ISO_8859_1)).tail(first), ctx,
                ctx.tree().root());
        assertThat(first + second).isEqualTo(two.length());
        assertThat(ctx.tree().findAll("http.request_number")).extracting(FieldFormat::value)
                .containsExactly("1", "2");
        assertThat(ctx.protocols().toString()).as("http once per frame").isEqualTo("http");
    }

    @Test
    void truncatedHeaderAsksForOneMoreSegment() {
        String part = "GET / HTTP/1.1\r\nHost: a\r\n";
        assertThat(dissect(part)).isEqualTo(part.length());
        assertThat(tcp.desegmentOffset).isZero();
        assertThat(tcp.desegmentLen).isEqualTo(TcpInfo.ONE_MORE_SEGMENT);
        assertThat(ctx.tree().find("http")).as("nothing shown until the headers are complete").isNull();
    }

    @Test
    void contentLengthLargerThanTheStreamAsksForTheMissingBytes() {
        String res = "HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nabc";
        dissect(res);
        assertThat(tcp.desegmentLen).isEqualTo(97);
        assertThat(ctx.tree().find("http")).isNull();
    }

    @Test
    void contentLengthLargerThanTheStreamWithoutTcpShowsWhatThereIs() {
        byte[] b = "HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nabc".getBytes(StandardCharsets.ISO_8859_1);
        ctx.reset(new PacketRecord().set(1, 1, 0, b.length, 1, ByteView.of(b)));
        assertThat(http.dissect(ByteView.of(b), ctx, ctx.tree().root())).isEqualTo(b.length);
        assertThat(value("http.content_length")).isEqualTo("100");
        assertThat(value("http.file_data")).isEqualTo("abc");
    }

    @Test
    void chunkedBodyWaitsForTheLastChunkThenIsDechunked() {
        String head = "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nContent-Type: text/plain\r\n\r\n";
        dissect(head + "5\r\nhel");
        assertThat(tcp.desegmentLen).isEqualTo(4);
        String all = head + "5\r\nhello\r\n0\r\nX-T: 1\r\n\r\n";
        assertThat(dissect(all)).isEqualTo(all.length());
        assertThat(ctx.tree().findAll("http.chunk_size")).extracting(FieldFormat::value).containsExactly("5", "0");
        assertThat(value("http.chunked_trailer_part")).isEqualTo("X-T: 1\r\n");
        assertThat(value("http.file_data")).isEqualTo("hello");
    }

    @Test
    void garbageOnPort80IsClaimedButNotShownBeforeAnyHttp() {
        assertThat(dissect("\u0000\u0001binary\r\n")).isEqualTo(10);
        assertThat(ctx.tree().find("http")).isNull();
        assertThat(dissect("hello there\r\nnot http\r\n\r\n")).isEqualTo(25);
        assertThat(ctx.tree().find("http")).isNull();
        assertThat(ctx.protocols().toString()).isEmpty();
    }

    @Test
    void garbageAfterHttpIsAContinuation() {
        dissect("GET / HTTP/1.1\r\nHost: a\r\n\r\n");
        dissect("more text\r\n");
        assertThat(ctx.protocols().toString()).isEqualTo("http:data");
        assertThat(value("http.file_data")).isEqualTo("more text\r\n");
    }

    @Test
    void controlCharactersInAHeaderAreEscapedInTheLabelNotTheValue() {
        dissect("GET / HTTP/1.1\r\nHost: a\u0001b\r\nX-Foo: \u007fbar\tbaz\r\n\r\n");
        ProtoNode host = ctx.tree().find("http.host");
        assertThat(FieldFormat.value(host)).isEqualTo("a\u0001b");
        assertThat(FieldFormat.label(host)).isEqualTo("Host: a\\001b\\r\\n");
        assertThat(ctx.tree().findAll("http.request.line")).extracting(FieldFormat::label)
                .contains("X-Foo: \\177bar\\tbaz\\r\\n");
        assertThat(value("http.request.full_uri")).isEqualTo("http://a\u0001b/");
    }

    @Test
    void responseToHeadHasNoBodyWhateverContentLengthSays() {
        dissect("HEAD / HTTP/1.1\r\nHost: a\r\n\r\n");
        String res = "HTTP/1.1 200 OK\r\nContent-Length: 32\r\n\r\n";
        assertThat(dissect(res)).isEqualTo(res.length());
        assertThat(tcp.desegmentLen).isZero();
        assertThat(value("http.content_length")).isEqualTo("32");
        assertThat(ctx.tree().find("http.file_data")).isNull();
    }

    @Test
    void heuristicTakesOnlyHttp11FirstLines() {
        byte[] junk = "hello\r\n".getBytes(StandardCharsets.ISO_8859_1);
        ctx.reset(new PacketRecord().set(1, 1, 0, junk.length, 1, ByteView.of(junk)));
        ctx.put(TcpInfo.class, new TcpInfo());
        assertThat(http.heuristic(ByteView.of(junk), ctx, ctx.tree().root())).isZero();
        byte[] req = "GET / HTTP/1.1\r\nHost: a:8081\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(http.heuristic(ByteView.of(req), ctx, ctx.tree().root())).isEqualTo(req.length);
        assertThat(value("http.request.full_uri")).isEqualTo("http://a:8081/");
    }

    /** http_parse_transfer_coding: prefixes, case-sensitive, "chunked" with at most one other coding. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        "chunked|true", "gzip, chunked|true", "x-gzip|true", "identity|true", "chunked, chunked|true",
        "chunk|false", "Chunked|false", "gzip, deflate|false", "foo, chunked|false", "br|false"})
    void transferCodingsAreReadAsPacketHttpReadsThem(String value, boolean known) {
        assertThat(HttpModule.transferCodingsKnown(value)).isEqualTo(known);
    }
}
