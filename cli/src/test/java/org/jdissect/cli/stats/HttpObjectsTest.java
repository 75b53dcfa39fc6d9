package org.jdissect.cli.stats;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The file names of {@code --export-objects}: tap-exportobject.c's, and never a path outside the folder. */
class HttpObjectsTest {
    @Test
    void theNameIsTheUrisLastElementAsGlibTakesIt() {
        assertThat(HttpObjects.basename("/a/b/index.html")).isEqualTo("index.html");
        assertThat(HttpObjects.basename("/a/dir/")).isEqualTo("dir");
        assertThat(HttpObjects.basename("/")).isEqualTo("/");
        assertThat(HttpObjects.basename("")).isEqualTo(".");
        assertThat(HttpObjects.basename("/x?y=/z")).isEqualTo("z");
        assertThat(HttpObjects.basename("/../../etc/passwd")).isEqualTo("passwd");
    }

    @Test
    void charactersAFileNameMayNotHoldAreEscapedAndTakenNamesNumbered() {
        assertThat(HttpObjects.massage("/", 255, 0)).isEqualTo("%2f");
        assertThat(HttpObjects.massage("a?b:c*d\\e", 255, 0)).isEqualTo("a%3fb%3ac%2ad%5ce");
        assertThat(HttpObjects.massage("x.html", 255, 2)).isEqualTo("x(2).html");
        assertThat(HttpObjects.massage("x", 255, 10)).isEqualTo("x(10)");
        assertThat(HttpObjects.massage("..", 255, 1)).isEqualTo(".(1).");
        String longName = "n".repeat(300) + ".txt";
        assertThat(HttpObjects.massage(longName, 255, 0)).hasSize(255).endsWith(".txt");
    }
}
