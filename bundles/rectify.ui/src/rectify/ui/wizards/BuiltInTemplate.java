package rectify.ui.wizards;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import rectify.model.RectifyFactory;
import rectify.model.Register;
import rectify.model.RequiredAspect;
import rectify.model.ReviewTemplate;

/**
 * The template Rectify comes with: the five aspects of the 2021 notice on democratic life
 * meetings, with the titles and short names of the sample register's 2021 record
 * ({@code democratic-life-2021.txt}: the template's name, then one aspect a line, short name and
 * title separated by a tab).
 */
final class BuiltInTemplate {

    private static final String RESOURCE = "democratic-life-2021.txt"; //$NON-NLS-1$

    private BuiltInTemplate() {
    }

    /** @return a new copy of the built-in template, in no register */
    static ReviewTemplate create() {
        try (InputStream in = BuiltInTemplate.class.getResourceAsStream(RESOURCE)) {
            List<String> lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .filter(line -> !line.isBlank())
                    .toList();
            ReviewTemplate template = RectifyFactory.eINSTANCE.createReviewTemplate();
            template.setName(lines.get(0).strip());
            for (String line : lines.subList(1, lines.size())) {
                String[] fields = line.split("\t", 2); //$NON-NLS-1$
                RequiredAspect aspect = RectifyFactory.eINSTANCE.createRequiredAspect();
                aspect.setShortName(fields[0].strip());
                aspect.setTitle(fields[1].strip());
                template.getAspects().add(aspect);
            }
            return template;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @return the register's copy of the built-in template (same name, same aspects), which new
     *         records then share; null when the register has none
     */
    static ReviewTemplate in(Register register) {
        ReviewTemplate builtIn = create();
        return register.getTemplates().stream().filter(template -> same(template, builtIn)).findFirst().orElse(null);
    }

    private static boolean same(ReviewTemplate a, ReviewTemplate b) {
        if (!a.getName().equals(b.getName()) || a.getAspects().size() != b.getAspects().size()) {
            return false;
        }
        for (int i = 0; i < a.getAspects().size(); i++) {
            RequiredAspect x = a.getAspects().get(i);
            RequiredAspect y = b.getAspects().get(i);
            if (!y.getTitle().equals(x.getTitle()) || !y.getShortName().equals(x.getShortName())) {
                return false;
            }
        }
        return true;
    }
}
