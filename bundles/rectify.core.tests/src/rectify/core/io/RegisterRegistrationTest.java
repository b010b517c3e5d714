package rectify.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

import org.eclipse.emf.common.EMFPlugin;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.ContentHandler;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.URIConverter;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import rectify.model.Register;

/**
 * The format through EMF's own API: a resource set that knows the factory loads registers with
 * the same hardening, and in Eclipse plugin.xml registers the extension and the content type.
 */
class RegisterRegistrationTest {

    @TempDir
    Path dir;

    @Test
    void aPlainResourceSetWithTheFactoryLoadsRegisters() throws IOException {
        Path file = dir.resolve("good.rectify");
        Files.writeString(file, BadRegisterFilesTest.GOOD);
        ResourceSet set = new ResourceSetImpl();
        set.getResourceFactoryRegistry().getExtensionToFactoryMap().put(RegisterFiles.EXTENSION,
                new RegisterResourceFactory());
        Resource resource = set.getResource(URI.createFileURI(file.toString()), true);
        assertInstanceOf(RegisterResource.class, resource);
        assertEquals("中共某某省应急管理厅委员会", ((Register) resource.getContents().get(0)).getOrganizationName());
    }

    @Test
    void theHardeningHoldsThroughEmfsOwnLoading() throws IOException {
        String secret = "secret-" + UUID.randomUUID();
        Path secretFile = dir.resolve("secret.txt");
        Files.writeString(secretFile, secret);
        Path file = dir.resolve("xxe.rectify");
        Files.writeString(file, "<?xml version=\"1.0\"?>\n<!DOCTYPE r [<!ENTITY x SYSTEM \"" + secretFile.toUri()
                + "\">]>\n<rectify:Register xmlns:rectify=\"urn:rectify:model:1.1\" organizationName=\"&x;\"/>\n");
        Resource resource = new RegisterResourceFactory().createResource(URI.createFileURI(file.toString()));
        IOException e = assertThrows(IOException.class, () -> resource.load(Map.of()));
        for (Throwable t = e; t != null; t = t.getCause()) {
            assertFalse(String.valueOf(t).contains(secret), "the secret appears in " + t);
        }
        assertTrue(resource.getContents().isEmpty());
    }

    @Test
    void emfsOwnLoadingGivesTheSameClearMessage() throws IOException {
        Path file = dir.resolve("duplicate.rectify");
        Files.writeString(file, BadRegisterFilesTest.GOOD.replace("xmi:id=\"_p2\"", "xmi:id=\"_p1\""));
        ResourceSet set = RegisterFiles.newResourceSet();
        Resource resource = set.createResource(URI.createFileURI(file.toString()));
        RegisterFileException e = assertThrows(RegisterFileException.class, () -> resource.load(Map.of()));
        assertEquals(RegisterFileException.Problem.DUPLICATE_ID, e.getProblem());
        assertEquals(5, e.getLine());
        assertTrue(e.getMessage().contains(file.toString()));
    }

    @Test
    void inEclipseTheExtensionAndTheContentTypeAreRegistered() throws IOException {
        Assumptions.assumeTrue(EMFPlugin.IS_ECLIPSE_RUNNING, "runs in Eclipse (OSGi) only");
        assertInstanceOf(RegisterResourceFactory.class,
                factory(Resource.Factory.Registry.INSTANCE.getExtensionToFactoryMap().get(RegisterFiles.EXTENSION)));
        assertInstanceOf(RegisterResourceFactory.class, factory(
                Resource.Factory.Registry.INSTANCE.getContentTypeToFactoryMap().get(RegisterFiles.CONTENT_TYPE)));

        Path file = dir.resolve("good.rectify");
        Files.writeString(file, BadRegisterFilesTest.GOOD);
        assertEquals(RegisterFiles.CONTENT_TYPE, contentType(file));
        Path newer = dir.resolve("newer.rectify");
        Files.writeString(newer, BadRegisterFilesTest.GOOD.replace("model:1.0", "model:2.0"));
        assertEquals(RegisterFiles.CONTENT_TYPE, contentType(newer), "other versions open with the register factory");
        Path foreign = dir.resolve("pom.xml");
        Files.writeString(foreign, "<?xml version=\"1.0\"?><project xmlns=\"http://maven.apache.org/POM/4.0.0\"/>");
        assertNotEquals(RegisterFiles.CONTENT_TYPE, contentType(foreign));

        ResourceSet set = new ResourceSetImpl(); // global registries only
        Resource resource = set.getResource(URI.createFileURI(file.toString()), true);
        assertInstanceOf(RegisterResource.class, resource);
    }

    private static Object factory(Object registered) {
        return registered instanceof Resource.Factory.Descriptor descriptor ? descriptor.createFactory() : registered;
    }

    private static Object contentType(Path file) throws IOException {
        return URIConverter.INSTANCE.contentDescription(URI.createFileURI(file.toString()), null)
                .get(ContentHandler.CONTENT_TYPE_PROPERTY);
    }
}
