package rectify.core.io;

import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;

import org.eclipse.emf.ecore.xmi.XMLHelper;
import org.eclipse.emf.ecore.xmi.impl.XMILoadImpl;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * EMF's XMI loader with a hardened SAX parser: no document type declaration at all (and so no
 * entity, internal or external), no external DTD or schema, secure processing; and with the
 * stricter {@link RegisterHandler}.
 */
final class RegisterLoad extends XMILoadImpl {

    /** The parser features every register load sets. */
    static final Map<String, Boolean> PARSER_FEATURES = Map.of(
            "http://apache.org/xml/features/disallow-doctype-decl", Boolean.TRUE, //$NON-NLS-1$
            "http://xml.org/sax/features/external-general-entities", Boolean.FALSE, //$NON-NLS-1$
            "http://xml.org/sax/features/external-parameter-entities", Boolean.FALSE, //$NON-NLS-1$
            "http://apache.org/xml/features/nonvalidating/load-external-dtd", Boolean.FALSE, //$NON-NLS-1$
            XMLConstants.FEATURE_SECURE_PROCESSING, Boolean.TRUE);

    /** The parser properties every register load sets: no access to external DTDs or schemas. */
    static final Map<String, Object> PARSER_PROPERTIES = Map.of(
            XMLConstants.ACCESS_EXTERNAL_DTD, "", //$NON-NLS-1$
            XMLConstants.ACCESS_EXTERNAL_SCHEMA, ""); //$NON-NLS-1$

    RegisterLoad(XMLHelper helper) {
        super(helper);
    }

    /**
     * Configures the factory itself too, so that the parser is safe even when a caller's load
     * options replace {@link #PARSER_FEATURES}.
     */
    @Override
    protected SAXParser makeParser() throws ParserConfigurationException, SAXException {
        SAXParserFactory factory = SAXParserFactory.newInstance();
        // namespace-aware, as EMF's handler expects with OPTION_USE_DEPRECATED_METHODS false
        factory.setNamespaceAware(true);
        factory.setValidating(false);
        factory.setXIncludeAware(false);
        for (Map.Entry<String, Boolean> feature : PARSER_FEATURES.entrySet()) {
            factory.setFeature(feature.getKey(), feature.getValue());
        }
        SAXParser parser = factory.newSAXParser();
        for (Map.Entry<String, Object> property : PARSER_PROPERTIES.entrySet()) {
            parser.setProperty(property.getKey(), property.getValue());
        }
        return parser;
    }

    @Override
    protected DefaultHandler makeDefaultHandler() {
        return new RegisterHandler((RegisterResource) resource, helper, options);
    }
}
