package org.jdissect.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.jdissect.dsl.CaseFiles.Case;
import org.jdissect.dsl.ast.Expr;
import org.junit.jupiter.api.Test;

/** Every filter of Wireshark 4.0's own suite through our parser, printer and (where fields exist) checker. */
class CaseFilesTest {
    private static final List<Case> CASES = CaseFiles.cases();

    @Test
    void everyFilterTsharkAcceptsParses() {
        List<String> failures = new ArrayList<>();
        int parsed = 0;
        for (Case c : CASES) {
            try {
                DisplayFilter.parse(c.filter());
                parsed++;
            } catch (DisplayFilterException e) {
                if (!c.rejected()) {
                    failures.add(c.id() + " " + c.filter() + " -> " + e.getMessage());
                }
            }
        }
        System.out.printf("filter cases: %d of %d parse (%d rejected by tshark)%n", parsed, CASES.size(),
                CASES.stream().filter(Case::rejected).count());
        assertThat(failures).isEmpty();
    }

    @Test
    void everyFilterTsharkRejectsIsRejectedByParserOrChecker() {
        List<String> accepted = new ArrayList<>();
        int byParser = 0;
        for (Case c : CASES) {
            if (!c.rejected()) {
                continue;
            }
            try {
                DisplayFilter.parse(c.filter());
            } catch (DisplayFilterException e) {
                byParser++;
                continue;
            }
            try {
                DisplayFilter.compile(c.filter(), TestRegistry.REGISTRY);
                accepted.add(c.id() + " " + c.filter() + " (tshark: " + c.note() + ")");
            } catch (DisplayFilterException e) {
                // rejected by the type checker: fine
            }
        }
        System.out.printf("tshark-rejected cases: %d rejected by the parser, the rest by the checker%n", byParser);
        assertThat(accepted).isEmpty();
    }

    @Test
    void parsePrintReparseGivesTheSameAst() {
        int n = 0;
        for (Case c : CASES) {
            Expr ast;
            try {
                ast = DisplayFilter.parse(c.filter());
            } catch (DisplayFilterException e) {
                continue;
            }
            String printed = DisplayFilter.print(ast);
            Expr again = DisplayFilter.parse(printed);
            assertThat(SpanEraser.erase(again)).as(c.id() + ": " + c.filter() + " printed as " + printed)
                    .isEqualTo(SpanEraser.erase(ast));
            assertThat(DisplayFilter.print(again)).isEqualTo(printed);
            n++;
        }
        assertThat(n).isGreaterThan(290);
    }

    @Test
    void checkerAcceptsEveryCoreCaseTsharkAcceptsWhenItsFieldsAreRegistered() {
        List<String> failures = new ArrayList<>();
        int compiled = 0;
        int skipped = 0;
        for (Case c : CASES) {
            if (c.rejected()) {
                continue;
            }
            try {
                DisplayFilter.compile(c.filter(), TestRegistry.REGISTRY);
                compiled++;
            } catch (DisplayFilterException e) {
                if (e.getMessage().contains("neither a field") || e.getMessage().contains("not a valid protocol")
                        || e.getMessage().startsWith("Left side") || e.getMessage().contains("is not a valid field")) {
                    skipped++; // a field of a protocol the test registry does not declare
                } else {
                    failures.add(c.id() + " " + c.filter() + " -> " + e.getMessage());
                }
            }
        }
        System.out.printf("accepted cases: %d compile against the test registry, %d use unregistered fields%n",
                compiled, skipped);
        assertThat(failures).isEmpty();
    }

    /** Where tshark put its caret (column of '^' in the line under the filter), or -1 if it printed none. */
    private static int tsharkCaret(Case c) {
        String[] lines = c.tsharkStderr().split("\\\\n");
        for (String l : lines) {
            int caret = l.indexOf('^');
            if (caret >= 4 && l.substring(0, caret).isBlank()) {
                return caret - 4;
            }
        }
        return -1;
    }

    @Test
    void errorColumnsAgreeWithTsharksCaret() {
        List<String> differ = new ArrayList<>();
        int compared = 0;
        for (Case c : CASES) {
            int caret = tsharkCaret(c);
            if (!c.rejected() || caret < 0) {
                continue;
            }
            try {
                DisplayFilter.compile(c.filter(), TestRegistry.REGISTRY);
            } catch (DisplayFilterException e) {
                compared++;
                if (e.span().start() != caret) {
                    differ.add(c.id() + " " + c.filter() + ": tshark " + caret + ", we " + e.span().start());
                }
            }
        }
        System.out.printf("error columns: %d of %d agree with tshark's caret%n", compared - differ.size(), compared);
        differ.forEach(d -> System.out.println("  column differs: " + d));
        assertThat(compared - differ.size()).isGreaterThanOrEqualTo(compared - 1);
    }
}
