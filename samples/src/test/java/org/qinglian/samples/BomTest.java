package org.qinglian.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** governance-bom lists every artifact the SDK publishes, at the build's version. */
class BomTest {

  private static final Path ROOT = Path.of(System.getProperty("qinglian.root", ".."));

  @Test
  void theBomListsEveryModuleAtTheProjectVersion() throws Exception {
    Document parent = parse(ROOT.resolve("pom.xml"));
    List<String> published = new ArrayList<>();
    NodeList modules = parent.getElementsByTagName("module");
    for (int i = 0; i < modules.getLength(); i++) {
      String module = modules.item(i).getTextContent().trim();
      Document pom = parse(ROOT.resolve(module).resolve("pom.xml"));
      NodeList packaging = pom.getDocumentElement().getElementsByTagName("packaging");
      boolean isPom = packaging.getLength() > 0 && packaging.item(0).getTextContent().trim().equals("pom");
      NodeList deploySkip = pom.getDocumentElement().getElementsByTagName("maven.deploy.skip");
      boolean unpublished = deploySkip.getLength() > 0 && deploySkip.item(0).getTextContent().trim().equals("true");
      if (!isPom && !unpublished) {
        published.add(direct(pom.getDocumentElement(), "artifactId"));
      }
    }
    assertTrue(published.contains("governance-model"), published.toString());

    Document bom = parse(ROOT.resolve("governance-bom/pom.xml"));
    String version = System.getProperty("qinglian.version");
    assertEquals(version, direct(bom.getDocumentElement(), "version"), "BOM version");
    Map<String, String> listed = new TreeMap<>();
    NodeList dependencies = bom.getElementsByTagName("dependency");
    for (int i = 0; i < dependencies.getLength(); i++) {
      Element dependency = (Element) dependencies.item(i);
      listed.put(direct(dependency, "artifactId"), direct(dependency, "version"));
    }
    Map<String, String> expected = new TreeMap<>();
    published.forEach(artifact -> expected.put(artifact, version));
    assertEquals(expected, listed);
  }

  private static Document parse(Path file) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(file.toFile());
  }

  private static String direct(Element element, String child) {
    NodeList children = element.getChildNodes();
    for (int i = 0; i < children.getLength(); i++) {
      if (children.item(i) instanceof Element e && e.getTagName().equals(child)) {
        return e.getTextContent().trim();
      }
    }
    throw new AssertionError("no <" + child + "> in <" + element.getTagName() + ">");
  }
}
