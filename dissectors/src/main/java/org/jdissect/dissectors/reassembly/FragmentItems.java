package org.jdissect.dissectors.reassembly;

import org.jdissect.api.field.Base;
import org.jdissect.api.field.FieldDef;
import org.jdissect.api.field.FieldType;

/**
 * The fields one protocol shows its defragmentation with (reassemble.c's {@code fragment_items}): the subtree, one
 * item per fragment, the four flags a fragment can carry, the item an illegal fragment gets instead of its usual
 * one, the count, length and data of the result; {@code tag} names the fragments in "[Illegal … ]" of Info.
 */
public record FragmentItems(FieldDef fragments, FieldDef fragment, FieldDef overlap, FieldDef overlapConflict,
                            FieldDef multipleTails, FieldDef tooLongFragment, FieldDef error, FieldDef count,
                            FieldDef reassembledLength, FieldDef reassembledData, String tag) {

    /** The flags and error item under {@code prefix} ("ip", "ipv6"), as every user of reassemble.c names them. */
    public static FragmentItems of(String prefix, FieldDef fragments, FieldDef fragment, FieldDef count,
                                   FieldDef reassembledLength, FieldDef reassembledData, String tag) {
        return new FragmentItems(fragments, fragment,
                flag(prefix + ".fragment.overlap", "Fragment overlap", "Fragment overlaps with other fragments"),
                flag(prefix + ".fragment.overlap.conflict", "Conflicting data in fragment overlap",
                        "Overlapping fragments contained conflicting data"),
                flag(prefix + ".fragment.multipletails", "Multiple tail fragments found",
                        "Several tails were found when defragmenting the packet"),
                flag(prefix + ".fragment.toolongfragment", "Fragment too long",
                        "Fragment contained data past end of packet"),
                FieldDef.builder(prefix + ".fragment.error", "Defragmentation error", FieldType.FRAMENUM)
                        .base(Base.NONE).blurb("Defragmentation error due to illegal fragments").build(),
                count, reassembledLength, reassembledData, tag);
    }

    private static FieldDef flag(String abbrev, String name, String blurb) {
        return FieldDef.builder(abbrev, name, FieldType.BOOLEAN).blurb(blurb).build();
    }

    /** The fields to register. */
    public FieldDef[] all() {
        return new FieldDef[] {fragments, fragment, overlap, overlapConflict, multipleTails, tooLongFragment, error,
            count, reassembledLength, reassembledData};
    }
}
