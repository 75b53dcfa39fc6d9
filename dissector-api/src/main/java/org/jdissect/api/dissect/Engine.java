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
    private final Map<String, ExpertDef> experts;

    private Engine(Builder b, FieldRegistry registry) {
        this.registry = registry;
        this.tables = Collections.unmodifiableMap(b.tables);
        this.heuristics = Collections.unmodifiableMap(b.heuristics);
        this.dissectors = Collections.unmodifiableMap(b.dissectors);
        this.modules = List.copyOf(b.modules);
        this.experts = Collections.unmodifiableMap(new LinkedHashMap<>(b.experts));
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

    /** Every registered expert finding by abbreviation, in registration order. */
    public Map<String, ExpertDef> experts() {
        return experts;
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
            for (ProtocolModule m : modules) {
                m.register(new Registrar() {
                    @Override
                    public void fields(FieldDef... defs) {
                        for (FieldDef d : defs) {
                            fields.add(m.name(), d);
                        }
                    }

                    @Override
                    public void experts(ExpertDef... defs) {
                        for (ExpertDef d : defs) {
                            fields.add(m.name(), d.field());
                            experts.put(d.abbrev(), d);
                        }
                    }

                    @Override
                    public DissectorTable table(String name, String uiName, int maxKey) {
                        if (tables.containsKey(name)) {
                            throw new IllegalStateException("module " + m.name() + " creates table " + name
                                    + " which exists already");
                        }
                        DissectorTable t = new DissectorTable(name, uiName, maxKey);
                        tables.put(name, t);
                        return t;
                    }

                    @Override
                    public HeuristicList heuristics(String name) {
                        return Builder.this.heuristics.computeIfAbsent(name, HeuristicList::new);
                    }

                    @Override
                    public void dissector(String name, Dissector d) {
                        if (dissectors.putIfAbsent(name, d) != null) {
                            throw new IllegalStateException("module " + m.name() + " names dissector " + name
                                    + " which exists already");
                        }
                    }
                });
            }
            for (ProtocolModule m : modules) {
                m.handoff(new Handoff() {
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
                });
            }
            if (!dissectors.containsKey(ROOT)) {
                throw new IllegalStateException("no module provides the '" + ROOT + "' dissector");
            }
            return new Engine(this, fields.build());
        }
    }
}
