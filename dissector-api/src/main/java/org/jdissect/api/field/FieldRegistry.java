package org.jdissect.api.field;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every field and protocol the engine knows, by abbreviation. Immutable once built; a duplicate abbreviation fails
 * the build with both owners named, since two meanings for one filter name would silently corrupt filters.
 */
public final class FieldRegistry {
    private final Map<String, FieldDef> byAbbrev;
    private final Map<String, String> owners;

    private FieldRegistry(Map<String, FieldDef> byAbbrev, Map<String, String> owners) {
        this.byAbbrev = Collections.unmodifiableMap(byAbbrev);
        this.owners = Collections.unmodifiableMap(owners);
    }

    public Optional<FieldDef> find(String abbrev) {
        return Optional.ofNullable(byAbbrev.get(abbrev));
    }

    public FieldDef get(String abbrev) {
        FieldDef f = byAbbrev.get(abbrev);
        if (f == null) {
            throw new IllegalArgumentException("no field named " + abbrev);
        }
        return f;
    }

    public boolean contains(String abbrev) {
        return byAbbrev.containsKey(abbrev);
    }

    /** All fields in registration order. */
    public Collection<FieldDef> all() {
        return byAbbrev.values();
    }

    public List<FieldDef> protocols() {
        List<FieldDef> out = new ArrayList<>();
        for (FieldDef f : byAbbrev.values()) {
            if (f.type() == FieldType.PROTOCOL) {
                out.add(f);
            }
        }
        return out;
    }

    /** Who registered {@code abbrev} (a module name), for error messages. */
    public String owner(String abbrev) {
        return owners.get(abbrev);
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private final Map<String, FieldDef> byAbbrev = new LinkedHashMap<>();
        private final Map<String, String> owners = new LinkedHashMap<>();

        /** Adds a field; throws {@link DuplicateFieldException} if its abbreviation is taken. */
        public Builder add(String owner, FieldDef f) {
            FieldDef old = byAbbrev.putIfAbsent(f.abbrev(), f);
            if (old != null) {
                throw new DuplicateFieldException(f.abbrev(), owners.get(f.abbrev()), owner);
            }
            owners.put(f.abbrev(), owner);
            return this;
        }

        public boolean contains(String abbrev) {
            return byAbbrev.containsKey(abbrev);
        }

        /** Who registered {@code abbrev}, or null. */
        public String owner(String abbrev) {
            return owners.get(abbrev);
        }

        public FieldRegistry build() {
            return new FieldRegistry(new LinkedHashMap<>(byAbbrev), new LinkedHashMap<>(owners));
        }
    }

    /** A field abbreviation registered twice. */
    public static final class DuplicateFieldException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public DuplicateFieldException(String abbrev, String firstOwner, String secondOwner) {
            super("field '" + abbrev + "' registered by " + secondOwner + " already exists (registered by "
                    + firstOwner + ")");
        }
    }
}
