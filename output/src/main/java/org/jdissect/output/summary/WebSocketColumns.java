package org.jdissect.output.summary;

import org.jdissect.api.tree.ProtoNode;

/** WebSocket (packet-websocket.c dissect_websocket_frame): "WebSocket", the opcode, [FIN] or [FRAGMENT], [MASKED]. */
final class WebSocketColumns {
    private static final String[] OPCODES = {"Continuation", "Text", "Binary", null, null, null, null, null,
        "Connection Close", "Ping", "Pong"};

    private WebSocketColumns() {
    }

    static void websocket(Columns c, ProtoNode p) {
        if (c.httpMessages > 0 && !c.webSocketFenced) {
            // dissect_http_on_stream fences Info after the message before the upgraded protocol's frames
            c.info.setFence();
            c.webSocketFenced = true;
        }
        c.protocol = "WebSocket";
        int opcode = (int) Nodes.num(p, "websocket.opcode", 0);
        String name = opcode < OPCODES.length && OPCODES[opcode] != null ? OPCODES[opcode] : "Unknown Opcode";
        // each frame sets the column anew: only the last frame of a segment shows
        c.info.set("WebSocket").append(" ").append(name)
                .append(Nodes.num(p, "websocket.fin", 0) != 0 ? " [FIN]" : "[FRAGMENT] ")
                .append(Nodes.num(p, "websocket.mask", 0) != 0 ? " [MASKED]" : " ");
    }
}
