package org.jdissect.lib;

import java.util.List;
import org.jdissect.api.bytes.ByteView;
import org.jdissect.api.capture.CaptureReader;
import org.jdissect.api.capture.InterfaceInfo;
import org.jdissect.api.capture.PacketRecord;

/** Frames held in memory, delivered as a capture whose packets are one microsecond apart from time zero. */
final class ArrayReader implements CaptureReader {
    private final List<byte[]> frames;
    private final int linkType;
    private int next;

    ArrayReader(List<byte[]> frames, int linkType) {
        this.frames = List.copyOf(frames);
        this.linkType = linkType;
    }

    @Override
    public boolean next(PacketRecord into) {
        if (next >= frames.size()) {
            return false;
        }
        byte[] f = frames.get(next++);
        into.set(next, 0, next * 1000, f.length, linkType, ByteView.of(f));
        return true;
    }

    @Override
    public String format() {
        return "memory";
    }

    @Override
    public int linkType() {
        return linkType;
    }

    @Override
    public List<InterfaceInfo> interfaces() {
        return List.of(new InterfaceInfo(linkType, 0, 1_000_000L, 0, null, null));
    }

    @Override
    public int snaplen() {
        return 0;
    }

    @Override
    public void close() {
    }
}
