package org.jdissect.output.summary;

import org.jdissect.dissectors.syslog.SyslogModule;

/** packet-syslog.c's columns: "Syslog", and the priority's names with the message, set before any tree. */
final class SyslogColumns {
    private SyslogColumns() {
    }

    static void syslog(Columns c) {
        c.protocol = "Syslog";
        SyslogModule.Info info = c.ctx.get(SyslogModule.Info.class);
        c.info.set(info == null ? "" : info.text());
    }
}
