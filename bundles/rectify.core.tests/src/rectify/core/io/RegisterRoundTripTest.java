package rectify.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import rectify.model.RectifyFactory;
import rectify.model.Register;

/** Every class of the metamodel survives a save and a load, with the same UUIDs. */
class RegisterRoundTripTest {

    @TempDir
    Path dir;

    @Test
    void theBuilderMakesEveryConcreteClass() {
        Register register = EveryClass.build();
        assertEquals(EveryClass.concreteClasses(), EveryClass.classesIn(register));
    }

    @Test
    void everyClassSurvivesSaveAndLoadWithStableUuids() throws IOException {
        Register original = EveryClass.build();
        Path first = dir.resolve("every.rectify");
        RegisterFiles.save(original, first);
        List<String> originalIds = ids(original);

        Register loaded = RegisterFiles.load(first);
        assertTrue(EcoreUtil.equals(original, loaded), "the loaded register differs from the saved one");
        assertEquals(EveryClass.concreteClasses(), EveryClass.classesIn(loaded));
        assertEquals(originalIds, ids(loaded));

        Path second = dir.resolve("again.rectify");
        RegisterFiles.save(loaded, second);
        Register again = RegisterFiles.load(second);
        assertTrue(EcoreUtil.equals(original, again));
        assertEquals(originalIds, ids(again));
        assertEquals(-1L, Files.mismatch(first, second), "a second save writes the same bytes");
    }

    @Test
    void textSurvivesExactly() throws IOException {
        Register original = EveryClass.build();
        Path file = dir.resolve("text.rectify");
        RegisterFiles.save(original, file);
        Register loaded = RegisterFiles.load(file);
        assertTrue(loaded.getOrganizationName().startsWith(EveryClass.TEXT), loaded.getOrganizationName());
    }

    @Test
    void aCreatedResourceSavesAndLoads() throws IOException {
        ResourceSet set = RegisterFiles.newResourceSet();
        Path file = dir.resolve("new.rectify");
        Resource resource = RegisterFiles.create(set, file);
        Register register = RectifyFactory.eINSTANCE.createRegister();
        register.setOrganizationName("中共某某省应急管理厅委员会");
        resource.getContents().add(register);
        RegisterFiles.save(resource);
        assertFalse(resource.isModified());
        Register loaded = RegisterFiles.load(file);
        assertEquals("中共某某省应急管理厅委员会", loaded.getOrganizationName());
        assertEquals(((XMLResource) resource).getID(register), ((XMLResource) loaded.eResource()).getID(loaded));
    }

    @Test
    void aRegisterInAnotherKindOfResourceIsSavedAsACopyWithItsIds() throws IOException {
        ResourceSet set = RegisterFiles.newResourceSet();
        XMLResource other = new org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl(
                org.eclipse.emf.common.util.URI.createURI("memory:/other.xmi")) {
            @Override
            protected boolean useUUIDs() {
                return true;
            }
        };
        set.getResources().add(other);
        Register register = EveryClass.build();
        other.getContents().add(register);
        Path file = dir.resolve("copy.rectify");
        RegisterFiles.save(register, file);
        assertEquals(other, register.eResource(), "the register stays where it was");
        Register loaded = RegisterFiles.load(file);
        assertTrue(EcoreUtil.equals(register, loaded));
        assertEquals(ids(register), ids(loaded));
    }

    /** @return the UUIDs of the objects of a register's tree, in tree order; checks they are unique */
    static List<String> ids(Register register) {
        XMLResource resource = (XMLResource) register.eResource();
        assertNotNull(resource);
        List<String> ids = new ArrayList<>();
        ids.add(resource.getID(register));
        for (var i = register.eAllContents(); i.hasNext();) {
            EObject object = i.next();
            ids.add(resource.getID(object));
        }
        assertFalse(ids.contains(null), "every element has a UUID");
        assertEquals(ids.size(), new HashSet<>(ids).size(), "UUIDs are unique");
        return ids;
    }
}
