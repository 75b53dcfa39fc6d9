package org.jdissect.cli.stats;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.jdissect.api.dissect.PacketContext;
import org.jdissect.api.field.FieldDef;
import org.jdissect.dissectors.http.StatusCodes;
import org.jdissect.dsl.DisplayFilterException;

/**
 * {@code -z http,stat[,filter]} (tap-httpstat.c): responses counted by status code, requests by method, each list
 * printed in its GHashTable's order. The status table holds every code packet-http.c names from the start (zero
 * counts are not printed), so its order is fixed; a code it does not name counts as its hundred's x99 line, and one
 * outside 100-599 not at all. Methods enter the other table as they are first seen.
 */
final class HttpStat implements Statistic {
    private static final String RULE = "===================================================================\n";

    private final String filter;
    private final TreeStatistic.Fields fields;
    private final HttpTap tap;
    private final GlibHashOrder<Integer> codeOrder = new GlibHashOrder<>(GlibHashOrder::intHash);
    private final Map<Integer, Integer> codes = new HashMap<>();
    private final GlibHashOrder<String> methodOrder = new GlibHashOrder<>(GlibHashOrder::strHash);
    private final Map<String, Integer> methods = new HashMap<>();
    private final HttpTap.Listener onMessage = this::message;

    HttpStat(String filter, Statistics.Filters filters) throws DisplayFilterException {
        this.filter = filter;
        fields = HttpTap.fields(filters);
        tap = new HttpTap(fields);
        for (int c : StatusCodes.codes()) {
            codeOrder.add(c);
        }
    }

    @Override
    public Collection<FieldDef> fieldsRead() {
        return fields.all();
    }

    @Override
    public void packet(PacketContext ctx) {
        tap.messages(ctx, onMessage);
    }

    private void message(HttpTap.Message m) {
        if (m.responseCode != 0) {
            int code = m.responseCode;
            if (StatusCodes.describe(code) == null) {
                if (code < 100 || code >= 600) {
                    return;
                }
                code = code / 100 * 100 + 99;
            }
            codes.merge(code, 1, Integer::sum);
        } else if (m.method != null) {
            methodOrder.add(m.method);
            methods.merge(m.method, 1, Integer::sum);
        }
    }

    @Override
    public void draw(StringBuilder out) {
        out.append('\n').append(RULE);
        out.append(filter == null || filter.isEmpty() ? "HTTP Statistics\n" : "HTTP Statistics with filter " + filter
                + "\n");
        out.append("* HTTP Response Status Codes                Packets\n");
        for (int code : codeOrder.keys()) {
            Integer n = codes.get(code);
            if (n != null) {
                out.append(String.format("  %3d %-35s %9d\n", code, StatusCodes.describe(code), n));
            }
        }
        out.append("* HTTP Request Methods                      Packets\n");
        for (String method : methodOrder.keys()) {
            out.append(String.format("  %-39s %9d \n", method, methods.get(method)));
        }
        out.append(RULE);
    }
}
