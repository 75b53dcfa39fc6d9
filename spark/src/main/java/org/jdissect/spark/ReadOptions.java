package org.jdissect.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.util.CaseInsensitiveStringMap;

/** The data source's options, parsed once on the driver. */
record ReadOptions(List<String> paths, String fields, String filter, String plugins, long splitSize,
                   boolean exactFrameNumbers) implements Serializable {
    static final long DEFAULT_SPLIT = 128L << 20;

    static ReadOptions of(CaseInsensitiveStringMap o) {
        List<String> paths = new ArrayList<>();
        if (o.containsKey("path")) {
            paths.add(o.get("path"));
        }
        if (o.containsKey("paths")) {
            try {
                for (String p : new ObjectMapper().readValue(o.get("paths"), String[].class)) {
                    paths.add(p);
                }
            } catch (java.io.IOException e) {
                throw new IllegalArgumentException("option paths: " + e.getMessage(), e);
            }
        }
        if (paths.isEmpty()) {
            throw new IllegalArgumentException("jdissect: no path: use load(path) or option(\"path\", …)");
        }
        String frames = o.getOrDefault("frameNumbers", "exact");
        if (!frames.equals("exact") && !frames.equals("relative")) {
            throw new IllegalArgumentException("option frameNumbers: exact or relative, not " + frames);
        }
        return new ReadOptions(List.copyOf(paths), o.getOrDefault("fields", ""), o.getOrDefault("filter", ""),
                o.getOrDefault("plugins", ""), o.getLong("splitSize", DEFAULT_SPLIT), frames.equals("exact"));
    }
}
