package org.jdissect.api.dissect;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * State that lives for one capture: conversations, TCP streams, request/response pairing. Each protocol keeps its
 * state object here under its own key; there is no static mutable state, so two captures dissected in one JVM never
 * see each other.
 */
public final class Session {
    private final Map<Object, Object> state = new HashMap<>();

    /** The state object stored under {@code key}, created by {@code init} the first time. */
    @SuppressWarnings("unchecked")
    public <T> T get(Class<T> key, Supplier<T> init) {
        Object v = state.get(key);
        if (v == null) {
            v = init.get();
            state.put(key, v);
        }
        return (T) v;
    }
}
