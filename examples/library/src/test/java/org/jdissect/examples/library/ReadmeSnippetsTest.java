package org.jdissect.examples.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's Java snippets compile against the current API, so the documentation cannot rot. */
class ReadmeSnippetsTest {
    private static final Pattern BLOCK = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);
    private static final Pattern CLASS = Pattern.compile("public (?:final )?class (\\w+)");

    @Test
    void everyJavaSnippetInTheReadmeCompiles(@TempDir Path out) throws IOException {
        Path readme = HttpHostsTest.captures().getParent().getParent().resolve("README.md");
        String text = Files.readString(readme);
        List<JavaFileObject> units = new ArrayList<>();
        Matcher m = BLOCK.matcher(text);
        while (m.find()) {
            String code = m.group(1);
            Matcher c = CLASS.matcher(code);
            assertThat(c.find()).as("a README snippet declares a public class:\n" + code).isTrue();
            units.add(new SimpleJavaFileObject(URI.create("string:///" + c.group(1) + ".java"),
                    JavaFileObject.Kind.SOURCE) {
                @Override
                public CharSequence getCharContent(boolean ignore) {
                    return code;
                }
            });
        }
        assertThat(units).as("Java snippets in README.md").hasSizeGreaterThanOrEqualTo(2);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        StringWriter diagnostics = new StringWriter();
        Boolean ok = javac.getTask(diagnostics, null, null, List.of("-d", out.toString(), "-classpath",
                System.getProperty("java.class.path"), "--release", "17", "-proc:none"), null, units).call();
        assertThat(ok).as(diagnostics.toString()).isTrue();
    }
}
