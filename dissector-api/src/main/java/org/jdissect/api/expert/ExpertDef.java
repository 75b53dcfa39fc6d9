package org.jdissect.api.expert;

import java.util.Objects;
import org.jdissect.api.field.FieldDef;
import org.jdissect.api.field.FieldType;

/**
 * One kind of expert finding, declared once like a field (Wireshark's {@code ei_register_info}): its abbreviation is
 * a filterable field of type {@link FieldType#NONE} ({@code tcp.analysis.retransmission}), present in a packet when
 * the finding is.
 *
 * @param abbrev   filter name, exactly as Wireshark spells it
 * @param group    what the finding is about
 * @param severity how bad it is
 * @param summary  the default message ("This frame is a (suspected) retransmission")
 * @param field    the field carrying the abbreviation; built from the others
 */
public record ExpertDef(String abbrev, ExpertGroup group, ExpertSeverity severity, String summary, FieldDef field) {

    public ExpertDef {
        Objects.requireNonNull(abbrev, "abbrev");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(summary, "summary");
        if (field == null) {
            field = FieldDef.builder(abbrev, summary, FieldType.NONE).build();
        } else if (!field.abbrev().equals(abbrev) || field.type() != FieldType.NONE) {
            throw new IllegalArgumentException("expert " + abbrev + " needs an FT_NONE field of the same name, not "
                    + field);
        }
    }

    /** An expert finding whose field is created from its abbreviation and summary. */
    public static ExpertDef of(String abbrev, ExpertGroup group, ExpertSeverity severity, String summary) {
        return new ExpertDef(abbrev, group, severity, summary, null);
    }

    /** The protocol part of the abbreviation: {@code tcp} for {@code tcp.analysis.lost_segment}. */
    public String protocol() {
        int dot = abbrev.indexOf('.');
        return dot < 0 ? abbrev : abbrev.substring(0, dot);
    }

    @Override
    public String toString() {
        return abbrev + " (" + severity.label() + "/" + group.label() + ")";
    }
}
