package rectify.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.osgi.util.NLS;

import rectify.cli.Arguments.UsageException;
import rectify.core.io.FileNames;
import rectify.core.io.RegisterFileException;
import rectify.core.io.RegisterFiles;
import rectify.model.ChainElement;
import rectify.model.Record;
import rectify.model.Register;
import rectify.search.LinkSuggestion;
import rectify.search.LinkSuggestions;

/**
 * {@code rectify suggest <register> --record <id>}: the link assistant's proposals for a record's
 * review, for scripts. One proposed link a line, tab-separated: its kind ({@code problem-cause},
 * {@code measure-problem}, {@code measure-cause}), the source's id, the target's id, the score,
 * then the source's and the target's numbers; grouped by source, each source's best first. Nothing
 * is linked. Exit codes: 0 done, 2 unreadable register, 64 for a wrong command line or a record the
 * register does not hold.
 */
final class SuggestCommand extends RequestCommand<SuggestCommand.Request> {

    /** The command line, checked. */
    record Request(Path register, String record) {
    }

    @Override
    public String name() {
        return "suggest";
    }

    @Override
    public String synopsis() {
        return "suggest <register> --record <id>";
    }

    @Override
    public List<List<String>> training(Training.Sample sample) {
        return List.of(List.of(sample.register().toString(), SimilarCommand.RECORD, sample.meeting()));
    }

    @Override
    Request parse(List<String> args) throws UsageException {
        Arguments arguments = Arguments.of(args, Set.of(SimilarCommand.RECORD), Set.of());
        Path register = Arguments.path(arguments.operand(SearchMessages.missingRegister));
        String record = arguments.value(SimilarCommand.RECORD);
        if (record == null || record.isBlank()) {
            throw new UsageException(SearchMessages.missingRecord);
        }
        return new Request(register, record.strip());
    }

    @Override
    int run(Request request, PrintStream out, PrintStream err) {
        Register register;
        try {
            register = RegisterFiles.load(request.register());
        } catch (RegisterFileException e) {
            err.println(e.getMessage());
            return UNREADABLE;
        }
        EObject found = register.eResource().getEObject(request.record());
        if (!(found instanceof Record record) || record.getReview() == null) {
            err.println(NLS.bind(SearchMessages.noRecord, FileNames.display(request.register()),
                    FileNames.display(request.record())));
            return USAGE;
        }
        List<LinkSuggestion> proposals = LinkSuggestions.of(record.getReview());
        for (LinkSuggestion proposal : proposals) {
            ChainElement source = proposal.link().source();
            ChainElement target = proposal.link().target();
            out.println(String.join("\t", LinkSuggestions.name(proposal.link().kind()), id(source), id(target),
                    String.format(Locale.ROOT, "%.3f", proposal.score()), Columns.text(source.getFullNumber()),
                    Columns.text(target.getFullNumber())));
        }
        err.println(NLS.bind(SearchMessages.proposals, proposals.size(),
                proposals.stream().map(proposal -> proposal.link().source()).distinct().count()));
        return OK;
    }

    private static String id(EObject element) {
        return EcoreUtil.getURI(element).fragment();
    }
}
