package rectify.codegen;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.GenPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/**
 * Generates the model and edit code of a genmodel with EMF's own generator, as the Eclipse IDE
 * would, without a workspace. The output depends on the model files only: the genmodel sets no
 * copyright text, so nothing like a date or a user name reaches the generated files.
 */
public final class ModelGenerator {

    private static final List<String> PROJECT_TYPES = List.of(GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE,
            GenBaseGeneratorAdapter.EDIT_PROJECT_TYPE);

    private static final Map<String, Object> SAVE_OPTIONS = Map.of(XMLResource.OPTION_ENCODING, "UTF-8",
            XMLResource.OPTION_LINE_WIDTH, 100);

    private ModelGenerator() {
    }

    /**
     * Reloads a genmodel from its Ecore model, writes it back, and generates its model and edit code.
     * Existing Java files are merged as in the IDE; {@code plugin.properties} gains missing keys
     * and keeps its values; {@code plugin.xml} and {@code MANIFEST.MF} are left alone once they exist.
     *
     * @param genModelFile the {@code .genmodel} file
     * @param projects the directory of each project the genmodel writes to, by project name (the
     *        first segment of its model and edit directories, e.g. {@code rectify.model})
     * @throws IOException if the genmodel cannot be read or the generator reports an error
     */
    public static void generate(Path genModelFile, Map<String, Path> projects) throws IOException {
        Map<String, URI> platformResources = EcorePlugin.getPlatformResourceMap();
        projects.forEach((name, dir) -> platformResources.put(name, directoryUri(dir)));
        try {
            GenModel genModel = reload(load(genModelFile));
            genModel.eResource().save(SAVE_OPTIONS);
            genModel.setCanGenerate(true);
            genModel.setDynamicTemplates(false); // outside Eclipse, dynamic templates produce empty files
            Generator generator = new Generator(generatorRegistry());
            generator.setInput(genModel);
            BasicDiagnostic result = new BasicDiagnostic();
            for (String projectType : PROJECT_TYPES) {
                result.add(generator.generate(genModel, projectType, new BasicMonitor()));
            }
            if (result.getSeverity() >= Diagnostic.ERROR) {
                throw new IOException("EMF's generator failed: " + describe(result));
            }
        } finally {
            projects.keySet().forEach(platformResources::remove);
        }
    }

    private static GenModel load(Path genModelFile) throws IOException {
        ResourceSet resourceSet = new ResourceSetImpl();
        Map<String, Object> factories = resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap();
        factories.put("ecore", new EcoreResourceFactoryImpl());
        factories.put("genmodel", new XMIResourceFactoryImpl());
        resourceSet.getPackageRegistry().put(EcorePackage.eNS_URI, EcorePackage.eINSTANCE);
        resourceSet.getPackageRegistry().put(GenModelPackage.eNS_URI, GenModelPackage.eINSTANCE);
        URI uri = URI.createFileURI(genModelFile.toAbsolutePath().toString());
        Resource resource = resourceSet.createResource(uri);
        resource.load(null);
        if (!resource.getContents().isEmpty() && resource.getContents().get(0) instanceof GenModel genModel) {
            return genModel;
        }
        throw new IOException("No genmodel in " + genModelFile);
    }

    /**
     * Builds the genmodel afresh from its Ecore packages and takes over the settings of the given
     * one, as the IDE's "Reload" does, so that an element added to the Ecore model is never left out.
     */
    private static GenModel reload(GenModel genModel) {
        GenModel reloaded = GenModelFactory.eINSTANCE.createGenModel();
        reloaded.initialize(genModel.getGenPackages().stream().map(GenPackage::getEcorePackage).toList());
        genModel.eResource().getContents().set(0, reloaded);
        reloaded.reconcile(genModel);
        reloaded.setImporterID(genModel.getImporterID());
        reloaded.getForeignModel().addAll(genModel.getForeignModel());
        return reloaded;
    }

    /** Without this registration the generator reports success and writes nothing. */
    private static GeneratorAdapterFactory.Descriptor.Registry generatorRegistry() {
        var registry = new GeneratorAdapterFactory.Descriptor.DelegatingRegistry();
        registry.addDescriptor(GenModelPackage.eNS_URI, GenModelGeneratorAdapterFactory.DESCRIPTOR);
        return registry;
    }

    private static URI directoryUri(Path dir) {
        return URI.createFileURI(dir.toAbsolutePath().normalize().toString()).appendSegment("");
    }

    private static String describe(Diagnostic diagnostic) {
        StringBuilder text = new StringBuilder(String.valueOf(diagnostic.getMessage()));
        for (Diagnostic child : diagnostic.getChildren()) {
            text.append(System.lineSeparator()).append("  ").append(describe(child));
        }
        return text.toString();
    }
}
