package rectify.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.osgi.util.NLS;

import rectify.importer.Finding.Kind;
import rectify.importer.internal.Messages;
import rectify.model.Aspect;
import rectify.model.Notice;
import rectify.model.Register;
import rectify.model.RequiredAspect;
import rectify.model.Review;
import rectify.model.ReviewTemplate;

/**
 * Review templates for imported records: finding one by identifier or name, or by the notice
 * it was made from, and tying the review's aspects to its required aspects, by title first
 * (ignoring spaces and punctuation), then by position when the numbers agree.
 */
final class TemplateMatching {

    private TemplateMatching() {
    }

    /** @return the template whose identifier (its XMI id) or name is {@code reference} */
    static Optional<ReviewTemplate> find(Register register, String reference) {
        Resource resource = register.eResource();
        return register.getTemplates().stream().filter(template -> reference.equals(template.getName())
                || resource != null && reference.equals(resource.getURIFragment(template))).findFirst();
    }

    /** @return the register's only template made from {@code notice}, or {@code null} */
    static ReviewTemplate answering(Register register, Notice notice) {
        if (notice == null) {
            return null;
        }
        List<ReviewTemplate> answering = register
                .getTemplates().stream().filter(template -> template.getNotice() != null
                        && (template.getNotice() == notice
                                || Objects.equals(template.getNotice().getTitle(), notice.getTitle())))
                .toList();
        return answering.size() == 1 ? answering.get(0) : null;
    }

    static void match(Review review, ReviewTemplate template, List<Finding> findings) {
        review.setTemplate(template);
        List<Aspect> aspects = review.getAspects();
        List<RequiredAspect> open = new ArrayList<>(template.getAspects());
        RequiredAspect[] matched = new RequiredAspect[aspects.size()];
        int byTitle = 0;
        for (int i = 0; i < aspects.size(); i++) {
            String title = normal(aspects.get(i).getTitle());
            RequiredAspect required = open.stream().filter(r -> normal(r.getTitle()).equals(title)).findFirst()
                    .orElse(null);
            if (required != null && !title.isEmpty()) {
                matched[i] = required;
                open.remove(required);
                byTitle++;
            }
        }
        int byPosition = 0;
        if (aspects.size() == template.getAspects().size()) {
            for (int i = 0; i < aspects.size(); i++) {
                RequiredAspect same = template.getAspects().get(i);
                if (matched[i] == null && open.remove(same)) {
                    matched[i] = same;
                    byPosition++;
                }
            }
        }
        for (int i = 0; i < aspects.size(); i++) {
            if (matched[i] == null) {
                findings.add(new Finding(Kind.INFERRED, 0, NLS.bind(Messages.inferredAspectUnmatched, i + 1)));
            } else {
                aspects.get(i).setRequirement(matched[i]);
                aspects.get(i).setShortName(matched[i].getShortName());
            }
        }
        findings.add(new Finding(Kind.RECOGNISED, 0, NLS.bind(Messages.foundAspectsMatched,
                new Object[] { byTitle, byPosition, aspects.size() })));
    }

    private static String normal(String title) {
        return title == null ? "" : title.replaceAll("[\\p{Punct}\\p{IsPunctuation}\\s]", ""); //$NON-NLS-1$ //$NON-NLS-2$
    }
}
