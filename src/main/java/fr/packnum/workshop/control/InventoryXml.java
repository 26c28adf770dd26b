package fr.packnum.workshop.control;

import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.ext.DefaultHandler2;

/**
 * SAX readers for the parts of a workbook that this import parses itself (sheet, shared strings). A
 * spreadsheet part never needs a DOCTYPE: any DOCTYPE refuses the file before its declarations are
 * read, so no entity, internal or external (XXE), is ever expanded or fetched.
 */
final class InventoryXml {

  private InventoryXml() {}

  static XMLReader reader() {
    try {
      SAXParserFactory factory = SAXParserFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setValidating(false);
      factory.setXIncludeAware(false);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      optional(factory, "http://xml.org/sax/features/external-general-entities");
      optional(factory, "http://xml.org/sax/features/external-parameter-entities");
      optional(factory, "http://apache.org/xml/features/nonvalidating/load-external-dtd");
      XMLReader reader = factory.newSAXParser().getXMLReader();
      RefuseDoctype refuse = new RefuseDoctype();
      reader.setProperty("http://xml.org/sax/properties/lexical-handler", refuse);
      reader.setEntityResolver(refuse);
      return reader;
    } catch (ParserConfigurationException | SAXException broken) {
      throw new IllegalStateException("No SAX parser that can refuse DOCTYPEs", broken);
    }
  }

  private static void optional(SAXParserFactory factory, String feature) {
    try {
      factory.setFeature(feature, false);
    } catch (ParserConfigurationException | SAXException unsupported) {
      // the DOCTYPE refusal below is what protects; this is a second belt
    }
  }

  /** Refuses at the DOCTYPE itself, and any entity resolution should one ever be attempted. */
  private static final class RefuseDoctype extends DefaultHandler2 {

    @Override
    public void startDTD(String name, String publicId, String systemId) {
      throw InventoryRefused.unsafe("DOCTYPE in a workbook part");
    }

    @Override
    public InputSource resolveEntity(
        String name, String publicId, String baseUri, String systemId) {
      throw InventoryRefused.unsafe("external entity in a workbook part");
    }

    @Override
    public InputSource resolveEntity(String publicId, String systemId) {
      throw InventoryRefused.unsafe("external entity in a workbook part");
    }
  }
}
