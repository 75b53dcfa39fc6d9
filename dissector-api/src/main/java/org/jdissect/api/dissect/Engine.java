package org.jdissect.api.dissect;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import org.jdissect.api.expert.Expert;
import org.jdissect.api.expert.ExpertDef;
import org.jdissect.api.field.FieldDef;
import org.jdissect.api.field.FieldRegistry;
import org.jdissect.api.limits.LimitHits;
import org.jdissect.api.limits.Limits;
import org.jdissect.api.pref.Preference;
import org.jdissect.api.pref.Preferences;

/**
 * The assembled dissection engine: every module registered and handed off, the field registry frozen. An engine
 * is immutable apart from its tables ("decode as") and may be shared; per-capture state lives in a {@link Dissection}.
 *
 * <p>An engine with no module, a module of another API version or a duplicate field abbreviation fails at
 * {@link Builder#build()} with the module named, never later with silently undecoded packets.
 */
public final class Engine {
    /** Name of the dissector every packet starts at; it dispatches on the link type. */
    public static final String ROOT = "frame";
    /** The table from LINKTYPE_ value to the link-layer dissector. */
    public static final String LINK_TABLE = "link_type";

    private final FieldRegistry registry;
    private final Map<String, DissectorTable> tables;
    private final Map<String, HeuristicList> heuristics;
    private final Map<String, Dissector> dissectors;
    private final List<ProtocolModule> modules;
    private final List<String> problems;
    private final Map<String, ExpertDef> experts;
    private final Limits limits;
    private final Preferences preferences;

    private Engine(Builder b, FieldRegistry registry) {
        this.registry = registry;
        this.tables = Collections.unmodifiableMap(b.tables);
        this.heuristics = Collections.unmodifiableMap(b.heuristics);
        this.dissectors = Collections.unmodifiableMap(b.dissectors);
        this.modules = List.copyOf(b.modules);
        this.problems = List.copyOf(b.problems);
        this.experts = Collections.unmodifiableMap(new LinkedHashMap<>(b.experts));
        this.limits = b.limits != null ? b.limits : Limits.fromSystemProperties();
        this.preferences = new Preferences(b.preferences);
    }

    /** An engine with every module the class path offers (the built-ins and any plugin jar on it). */
    public static Engine standard() {
        return builder().addServices(Engine.class.getClassLoader()).build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public FieldRegistry registry() {
        return registry;
    }

    public DissectorTable table(String name) {
        DissectorTable t = tables.get(name);
        if (t == null) {
            throw new IllegalArgumentException("no dissector table named " + name);
        }
        return t;
    }

    public Map<String, DissectorTable> tables() {
        return tables;
    }

    public HeuristicList heuristics(String name) {
        return heuristics.get(name);
    }

    public Optional<Dissector> dissector(String name) {
        return Optional.ofNullable(dissectors.get(name));
    }

    public Map<String, Dissector> dissectors() {
        return dissectors;
    }

    public List<ProtocolModule> modules() {
        return modules;
    }

    /** What went wrong with plugins while building, one message per plugin; empty when all loaded. */
    public List<String> problems() {
        return problems;
    }

    /** Every registered expert finding by abbreviation, in registration order. */
    public Map<String, ExpertDef> experts() {
        return experts;
    }

    /** The resource caps dissections of this engine apply (and front ends apply to reading and filters). */
    public Limits limits() {
        return limits;
    }

    /**
     * The modules' preferences and the values this run gives them; set them (tshark's {@code -o}) before the first
     * dissection, as "decode as" bindings.
     */
    public Preferences preferences() {
        return preferences;
    }

    /**
     * Disables a protocol as tshark's {@code --disable-protocol} does: no table entry nor heuristic hands it a
     * payload any more, so what it would have taken goes where nothing claims it (data, mostly). An unknown name is
     * ignored, as tshark ignores it. Before the first dissection, as "decode as" bindings.
     */
    public void disableProtocol(String protocol) {
        for (DissectorTable t : tables.values()) {
            t.removeProtocol(protocol);
        }
        for (HeuristicList h : heuristics.values()) {
            h.removeProtocol(protocol);
        }
    }

    /** A fresh per-capture dissection: its own session state, tree and context. */
    public Dissection newDissection() {
        return new Dissection(this);
    }

    /** Assembles an engine from modules. */
    public static final class Builder {
        private final List<ProtocolModule> modules = new ArrayList<>();
        private final Map<String, DissectorTable> tables = new LinkedHashMap<>();
        private final Map<String, HeuristicList> heuristics = new LinkedHashMap<>();
        private final Map<String, Dissector> dissectors = new LinkedHashMap<>();
        private final Map<String, ExpertDef> experts = new LinkedHashMap<>();
        private final List<Preference> preferences = new ArrayList<>();
        /** Modules whose failures are contained: module → where it came from (a jar), for messages. */
        private final Map<ProtocolModule, String> contained = new java.util.IdentityHashMap<>();
        private final List<String> problems = new ArrayList<>();
        private Limits limits;

        /** The caps to apply; without this call, the defaults with any {@code jdissect.limit.*} system property. */
        public Builder limits(Limits l) {
            this.limits = java.util.Objects.requireNonNull(l, "limits");
            return this;
        }

        /**
         * Adds a plugin's module: unlike {@link #add}, anything wrong with it (another API version, a field that
         * exists already, an exception while registering or handing off) drops this module with a message naming
         * {@code origin} and leaves the others working. The messages are in {@link Engine#problems()}.
         */
        public Builder addPlugin(ProtocolModule m, String origin) {
            int v;
            try {
                v = m.apiVersion();
            } catch (RuntimeException | LinkageError e) {
                problems.add(origin + ": module " + m.getClass().getName() + " failed: " + e);
                return this;
            }
            if (v != ApiVersion.CURRENT) {
                problems.add(origin + ": module " + safeName(m) + " (" + m.getClass().getName()
                        + ") was built for dissector API " + v + "; this jdissect provides API " + ApiVersion.CURRENT
                        + ": not loaded");
                return this;
            }
            modules.add(m);
            contained.put(m, origin);
            return this;
        }

        /** Records a plugin that could not even be instantiated (a broken jar, a missing class). */
        public Builder problem(String message) {
            problems.add(message);
            return this;
        }

        private static String safeName(ProtocolModule m) {
            try {
                return m.name();
            } catch (RuntimeException | LinkageError e) {
                return m.getClass().getSimpleName();
            }
        }

        public Builder add(ProtocolModule m) {
            if (m.apiVersion() != ApiVersion.CURRENT) {
                throw new IllegalArgumentException("module " + m.name() + " (" + m.getClass().getName()
                        + ") was built for dissector API " + m.apiVersion() + "; this jdissect provides API "
                        + ApiVersion.CURRENT);
            }
            modules.add(m);
            return this;
        }

        /** Adds every {@link ProtocolModule} that {@link ServiceLoader} finds through {@code loader}. */
        public Builder addServices(ClassLoader loader) {
            for (ProtocolModule m : ServiceLoader.load(ProtocolModule.class, loader)) {
                add(m);
            }
            return this;
        }

        public Engine build() {
            if (modules.isEmpty()) {
                throw new IllegalStateException("no protocol modules found: is the dissectors jar on the class path?");
            }
            FieldRegistry.Builder fields = FieldRegistry.builder();
            for (FieldDef d : Expert.FIELDS) {
                fields.add(Expert.OWNER, d);
            }
            // the finding every capped module reports, registered once here rather than by each of them
            fields.add("jdissect", LimitHits.EXPERT.field());
            experts.put(LimitHits.EXPERT.abbrev(), LimitHits.EXPERT);
            List<ProtocolModule> failed = new ArrayList<>();
            for (ProtocolModule m : modules) {
                Staging st = new Staging(m.name());
                try {
                    m.register(st);
                    st.commit(fields, experts, tables, dissectors);
                } catch (RuntimeException | LinkageError e) {
                    String origin = contained.get(m);
                    if (origin == null) {
                        throw e;
                    }
                    problems.add(origin + ": module " + safeName(m) + " not loaded: " + message(e));
                    failed.add(m);
                }
            }
            modules.removeAll(failed);
            for (ProtocolModule m : modules) {
                Handoff handoff = new Handoff() {
                    @Override
                    public DissectorTable table(String name) {
                        DissectorTable t = tables.get(name);
                        if (t == null) {
                            throw new IllegalStateException("module " + m.name() + " hands off to table " + name
                                    + " but no module creates it");
                        }
                        return t;
                    }

                    @Override
                    public HeuristicList heuristics(String name) {
                        return Builder.this.heuristics.computeIfAbsent(name, HeuristicList::new);
                    }

                    @Override
                    public Optional<Dissector> dissector(String name) {
                        return Optional.ofNullable(dissectors.get(name));
                    }
                };
                try {
                    m.handoff(handoff);
                } catch (RuntimeException | LinkageError e) {
                    String origin = contained.get(m);
                    if (origin == null) {
                        throw e;
                    }
                    // bindings it made before failing stay; its fields stay registered and harmless
                    problems.add(origin + ": module " + safeName(m) + " failed in handoff: " + message(e));
                }
            }
            if (!dissectors.containsKey(ROOT)) {
                throw new IllegalStateException("no module provides the '" + ROOT + "' dissector");
            }
            return new Engine(this, fields.build());
        }

        private static String message(Throwable e) {
            return e.getMessage() != null ? e.getMessage() : e.toString();
        }

        /**
         * What one module declares while registering, checked as a whole before any of it is added: a module either
         * registers completely or not at all.
         */
        private final class Staging implements Registrar {
            private final String owner;
            private final List<FieldDef> newFields = new ArrayList<>();
            private final List<ExpertDef> newExperts = new ArrayList<>();
            private final Map<String, DissectorTable> newTables = new LinkedHashMap<>();
            private final Map<String, Dissector> newDissectors = new LinkedHashMap<>();
            private final List<Preference> newPreferences = new ArrayList<>();

            Staging(String owner) {
                this.owner = owner;
            }

            @Override
            public void fields(FieldDef... defs) {
                newFields.addAll(List.of(defs));
            }

            @Override
            public void experts(ExpertDef... defs) {
                for (ExpertDef d : defs) {
                    newExperts.add(d);
                    newFields.add(d.field());
                }
            }

            @Override
            public DissectorTable table(String name, String uiName, int maxKey) {
                if (tables.containsKey(name) || newTables.containsKey(name)) {
                    throw new IllegalStateException("module " + owner + " creates table " + name
                            + " which exists already");
                }
                DissectorTable t = new DissectorTable(name, uiName, maxKey);
                newTables.put(name, t);
                return t;
            }

            @Override
            public HeuristicList heuristics(String name) {
                // an empty list left behind by a module that then fails does no harm
                return heuristics.computeIfAbsent(name, HeuristicList::new);
            }

            @Override
            public void dissector(String name, Dissector d) {
                if (dissectors.containsKey(name) || newDissectors.putIfAbsent(name, d) != null) {
                    throw new IllegalStateException("module " + owner + " names dissector " + name
                            + " which exists already");
                }
            }

            @Override
            public void preferences(Preference... prefs) {
                for (Preference p : prefs) {
                    boolean taken = newPreferences.stream().anyMatch(q -> q.name().equalsIgnoreCase(p.name()))
                            || preferences.stream().anyMatch(q -> q.name().equalsIgnoreCase(p.name()));
                    if (taken) {
                        throw new IllegalStateException("module " + owner + " declares preference " + p.name()
                                + " which exists already");
                    }
                    newPreferences.add(p);
                }
            }

            void commit(FieldRegistry.Builder fieldsOut, Map<String, ExpertDef> expertsOut,
                        Map<String, DissectorTable> tablesOut, Map<String, Dissector> dissectorsOut) {
                java.util.Set<String> seen = new java.util.HashSet<>();
                for (FieldDef f : newFields) {
                    if (fieldsOut.contains(f.abbrev()) || !seen.add(f.abbrev())) {
                        throw new FieldRegistry.DuplicateFieldException(f.abbrev(),
                                fieldsOut.contains(f.abbrev()) ? fieldsOut.owner(f.abbrev()) : owner, owner);
                    }
                }
                for (FieldDef f : newFields) {
                    fieldsOut.add(owner, f);
                }
                for (ExpertDef d : newExperts) {
                    expertsOut.put(d.abbrev(), d);
                }
                tablesOut.putAll(newTables);
                dissectorsOut.putAll(newDissectors);
                preferences.addAll(newPreferences);
            }
        }
    }
}
