package org.jdissect.output.tcpdump;

/** print-syslog.c's syslog_print (tcpdump 4.99.3): the priority's facility and severity, with -v the message. */
final class Syslog {
    private static final int MAX_DIGITS = 3;
    private static final String[] SEVERITIES = {"emergency", "alert", "critical", "error", "warning", "notice",
        "info", "debug"};
    private static final String[] FACILITIES = {"kernel", "user", "mail", "daemon", "auth", "syslog", "lpr", "news",
        "uucp", "cron", "authpriv", "ftp", "ntp", "security", "console", "cron", "local0", "local1", "local2",
        "local3", "local4", "local5", "local6", "local7"};

    private Syslog() {
    }

    static void print(Pkt p, int bp, int len) {
        p.proto = "syslog";
        if (p.u8(bp) != '<') {
            p.p(" (invalid)");
            return;
        }
        int off = 1;
        int pri = 0;
        while (off <= MAX_DIGITS && p.u8(bp + off) >= '0' && p.u8(bp + off) <= '9') {
            pri = pri * 10 + p.u8(bp + off) - '0';
            off++;
        }
        if (p.u8(bp + off) != '>') {
            p.p(" (invalid)");
            return;
        }
        off++;
        int facility = (pri & 0x03f8) >> 3;
        int severity = pri & 7;
        String fac = facility < FACILITIES.length ? FACILITIES[facility] : "unknown (" + facility + ")";
        String sev = SEVERITIES[severity];
        if (p.o.verbose() < 1) {
            p.p("SYSLOG ").p(fac).p(".").p(sev).p(", length: ").p(len);
            return;
        }
        p.p("SYSLOG, length: ").p(len).p("\n\tFacility ").p(fac).p(" (").p(facility).p("), Severity ").p(sev)
                .p(" (").p(severity).p(")\n\tMsg: ");
        if (len > off) {
            p.printnAll(bp + off, len - off); // nd_printn(…, NULL): a cut byte ends the packet
        }
        if (p.o.verbose() > 1) {
            Transport.unknownData(p, bp, "\n\t", len);
        }
    }
}
