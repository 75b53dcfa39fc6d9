package org.jdissect.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.spark.sql.sources.And;
import org.apache.spark.sql.sources.EqualTo;
import org.apache.spark.sql.sources.Filter;
import org.apache.spark.sql.sources.GreaterThan;
import org.apache.spark.sql.sources.GreaterThanOrEqual;
import org.apache.spark.sql.sources.In;
import org.apache.spark.sql.sources.IsNotNull;
import org.apache.spark.sql.sources.IsNull;
import org.apache.spark.sql.sources.LessThan;
import org.apache.spark.sql.sources.LessThanOrEqual;
import org.apache.spark.sql.sources.Not;
import org.apache.spark.sql.sources.Or;
import org.jdissect.api.field.FieldType;
import org.jdissect.api.field.Guids;

/**
 * Turns Spark predicates on field columns into a display filter that keeps <em>at least</em> the rows the
 * predicates keep, so it can run in the executors before rows are built while Spark still evaluates its own
 * predicates on what comes back (they stay post-scan filters: results never depend on the translation being exact).
 *
 * <p>Why a superset and not an equivalent: a scalar column holds a field's first occurrence, while a display filter
 * looks at every occurrence ({@code ==} is "any equal"). So a positive comparison maps to its any-occurrence form,
 * and a negated one is pushed through to its atoms (De Morgan) and mapped to the any-occurrence form of the opposite
 * comparison: {@code NOT col = v} becomes {@code f !== v} ("some occurrence differs"), which the first occurrence
 * satisfies whenever Spark's predicate does. A SQL NULL (field absent) fails both. A part that cannot be translated
 * (strings compared with {@code <}, arrays, times) is dropped from an AND and makes an OR untranslatable.
 */
final class FilterTranslator {
    private static final Pattern ADDRESS = Pattern.compile("[0-9A-Fa-f:.]+");
    private final Map<String, FieldType> types;

    /** @param types the pushable columns (scalar field columns and frame.number) by name */
    FilterTranslator(Map<String, FieldType> types) {
        this.types = types;
    }

    /** The display filter for a predicate, or null when no useful superset exists. */
    String translate(Filter f) {
        return tr(f, false);
    }

    /** The predicates that translate, each with its display filter text (same order). */
    List<String> translateAll(Filter[] filters, List<Filter> pushed) {
        List<String> out = new ArrayList<>();
        for (Filter f : filters) {
            String t = translate(f);
            if (t != null) {
                out.add(t);
                pushed.add(f);
            }
        }
        return out;
    }

    private String tr(Filter f, boolean neg) {
        if (f instanceof Not n) {
            return tr(n.child(), !neg);
        }
        if (f instanceof And a) {
            String l = tr(a.left(), neg);
            String r = tr(a.right(), neg);
            return neg ? both(l, r, "||") : either(l, r);
        }
        if (f instanceof Or o) {
            String l = tr(o.left(), neg);
            String r = tr(o.right(), neg);
            return neg ? either(l, r) : both(l, r, "||");
        }
        if (f instanceof IsNotNull x) {
            return presence(x.attribute(), !neg);
        }
        if (f instanceof IsNull x) {
            return presence(x.attribute(), neg);
        }
        if (f instanceof EqualTo e) {
            return compare(e.attribute(), neg ? "!==" : "==", e.value(), true);
        }
        if (f instanceof GreaterThan g) {
            return compare(g.attribute(), neg ? "<=" : ">", g.value(), false);
        }
        if (f instanceof GreaterThanOrEqual g) {
            return compare(g.attribute(), neg ? "<" : ">=", g.value(), false);
        }
        if (f instanceof LessThan l) {
            return compare(l.attribute(), neg ? ">=" : "<", l.value(), false);
        }
        if (f instanceof LessThanOrEqual l) {
            return compare(l.attribute(), neg ? ">" : "<=", l.value(), false);
        }
        if (f instanceof In in) {
            Object[] vs = in.values();
            if (vs.length == 0) {
                return null;
            }
            List<String> parts = new ArrayList<>();
            for (Object v : vs) {
                String lit = literal(in.attribute(), v, true);
                if (lit == null) {
                    return null;
                }
                parts.add(lit);
            }
            String field = unquote(in.attribute());
            if (!neg) {
                return field + " in {" + String.join(", ", parts) + "}";
            }
            // NOT (first in S): some occurrence differs from each member
            List<String> ne = new ArrayList<>();
            for (String p : parts) {
                ne.add(field + " !== " + p);
            }
            return "(" + String.join(" && ", ne) + ")";
        }
        return null;
    }

    private static String either(String l, String r) {
        if (l == null) {
            return r;
        }
        if (r == null) {
            return l;
        }
        return "(" + l + " && " + r + ")";
    }

    private static String both(String l, String r, String op) {
        return l == null || r == null ? null : "(" + l + " " + op + " " + r + ")";
    }

    private String presence(String attribute, boolean present) {
        String field = unquote(attribute);
        if (!types.containsKey(field)) {
            return null;
        }
        return present ? field : "!" + field;
    }

    private String compare(String attribute, String op, Object value, boolean equality) {
        String field = unquote(attribute);
        FieldType t = types.get(field);
        if (t == null || value == null) {
            return null;
        }
        if (t == FieldType.NONE || t == FieldType.PROTOCOL) {
            // a presence column: true/false
            if (!equality || !(value instanceof Boolean b)) {
                return null;
            }
            boolean present = op.equals("==") == b;
            return present ? field : "!" + field;
        }
        if (!equality && !(t.isInteger() && t != FieldType.UINT64)) {
            return null;
        }
        String lit = literal(attribute, value, equality);
        return lit == null ? null : field + " " + op + " " + lit;
    }

    private String literal(String attribute, Object v, boolean equality) {
        FieldType t = types.get(unquote(attribute));
        if (t == null || v == null) {
            return null;
        }
        if (t.isInteger()) {
            return v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte
                    ? v.toString() : null;
        }
        return switch (t) {
            case BOOLEAN -> v instanceof Boolean b ? (b ? "1" : "0") : null;
            case IPV4, IPV6, ETHER -> v instanceof String s && ADDRESS.matcher(s).matches() ? s : null;
            case STRING -> v instanceof String s ? quote(s) : null;
            // the column holds a GUID's text; only that exact text is the same test to jdissect (which would read
            // upper case and a longer word too)
            case GUID -> v instanceof String s && s.length() == 36 && Guids.parse(s) != null
                    && Guids.text(Guids.parse(s)).equals(s) ? s : null;
            default -> null;
        };
    }

    static String quote(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> b.append(c);
            }
        }
        return b.append('"').toString();
    }

    /** Spark quotes attribute names that contain dots with backticks ("`ip.src`"), doubling backticks inside. */
    static String unquote(String attribute) {
        if (attribute.length() >= 2 && attribute.startsWith("`") && attribute.endsWith("`")) {
            return attribute.substring(1, attribute.length() - 1).replace("``", "`");
        }
        return attribute;
    }
}
