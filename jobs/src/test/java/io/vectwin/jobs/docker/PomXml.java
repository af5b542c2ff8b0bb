package io.vectwin.jobs.docker;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** What the docker files must agree with in a Maven pom, read with the JDK's StAX parser. */
final class PomXml {

    private PomXml() {
    }

    /** The {@code <project><properties>} of {@code pom}, name to value. */
    static Map<String, String> properties(Path pom) {
        Map<String, String> properties = new LinkedHashMap<>();
        walk(pom, (path, reader) -> {
            if (path.size() == 3 && "properties".equals(parentOf(path)) && "project".equals(path.peekLast())) {
                properties.put(path.peek(), reader.getElementText().trim());
            }
        });
        return properties;
    }

    /**
     * The {@code finalName} configured for the plugin with {@code pluginArtifactId} (e.g. the shade plugin's
     * jar name), if any.
     */
    static Optional<String> pluginFinalName(Path pom, String pluginArtifactId) {
        String[] currentPlugin = {null};
        String[] finalName = {null};
        walk(pom, (path, reader) -> {
            if ("plugin".equals(path.peek())) {
                currentPlugin[0] = null;
            } else if ("artifactId".equals(path.peek()) && "plugin".equals(parentOf(path))) {
                currentPlugin[0] = reader.getElementText().trim();
            } else if ("finalName".equals(path.peek()) && path.contains("plugin")
                    && pluginArtifactId.equals(currentPlugin[0])) {
                finalName[0] = reader.getElementText().trim();
            }
        });
        return Optional.ofNullable(finalName[0]);
    }

    private static String parentOf(Deque<String> path) {
        var it = path.iterator();
        it.next();
        return it.hasNext() ? it.next() : null;
    }

    /** Called at every start element with the element path, innermost first. */
    private interface StartElementVisitor {
        void visit(Deque<String> path, XMLStreamReader reader) throws XMLStreamException;
    }

    private static void walk(Path pom, StartElementVisitor visitor) {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        // A pom has no DTD; refusing them keeps the parser from fetching anything.
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        try (InputStream in = Files.newInputStream(pom)) {
            XMLStreamReader reader = factory.createXMLStreamReader(in);
            Deque<String> path = new ArrayDeque<>();
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    path.push(reader.getLocalName());
                    visitor.visit(path, reader);
                    // getElementText() consumed the element up to its end tag.
                    if (reader.getEventType() == XMLStreamConstants.END_ELEMENT) {
                        path.pop();
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    path.pop();
                }
            }
            reader.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (XMLStreamException e) {
            throw new IllegalStateException(pom + ": " + e.getMessage(), e);
        }
    }
}
