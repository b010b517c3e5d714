package rectify.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import rectify.chain.Link;
import rectify.chain.LinkKind;
import rectify.chain.Reviews;
import rectify.chain.commands.ChainCommands;
import rectify.core.io.RegisterFiles;
import rectify.model.ChainElement;
import rectify.model.Problem;
import rectify.model.Register;
import rectify.model.Review;
import rectify.samples.Samples;

/** The link assistant's proposals for the sample's 2021 record, which the document left unlinked. */
class LinkSuggestionsTest {

    @TempDir
    Path folder;
    Register register;
    Review review2021;
    Review example;

    @BeforeEach
    void load() throws IOException {
        register = RegisterFiles.load(Samples.copySampleRegister(folder.resolve("sample.rectify")));
        review2021 = register.getRecords().get(0).getReview();
        example = register.getRecords().get(1).getReview();
    }

    private static ChainElement element(Review review, String headline) {
        return Reviews.elements(review).stream().filter(element -> headline.equals(element.getHeadline())).findFirst()
                .orElseThrow();
    }

    private static List<LinkSuggestion> of(List<LinkSuggestion> all, LinkKind kind, ChainElement source) {
        return all.stream().filter(s -> s.link().kind() == kind && s.link().source() == source).toList();
    }

    @Test
    void proposesTheCauseAndTheMeasureThatTheTextsShare() {
        List<LinkSuggestion> all = LinkSuggestions.of(review2021);
        ChainElement research = element(review2021, "调查研究不经常。");
        List<LinkSuggestion> causes = of(all, LinkKind.CAUSED_BY, research);
        assertEquals(LinkSuggestions.PER_SOURCE, causes.size());
        assertTrue(causes.stream().anyMatch(s -> s.link().target().getHeadline().equals("为民服务的“公仆”情怀不浓。")),
                causes::toString);
        List<LinkSuggestion> problems = of(all, LinkKind.ADDRESSES, element(review2021, "要密切联系群众，搞好调查研究。"));
        assertEquals(research, problems.get(0).link().target(), problems::toString);
        assertTrue(problems.get(0).sharedWords().stream().anyMatch(word -> word.contains("调研") || word.contains("调查")),
                problems.get(0)::toString);
        for (int i = 1; i < problems.size(); i++) {
            assertTrue(problems.get(i - 1).score() >= problems.get(i).score(), problems::toString);
        }
    }

    @Test
    void proposesNothingForALinkedReviewAndNeverALinkThatIsThere() {
        assertEquals(List.of(), LinkSuggestions.of(example));
        Problem research = (Problem) element(example, "调查研究不够深入。");
        ChainElement purpose = element(example, "宗旨意识有所淡化。");
        research.getCauses().clear();
        List<LinkSuggestion> proposals = LinkSuggestions.of(example);
        assertFalse(proposals.isEmpty());
        assertTrue(proposals.stream().allMatch(s -> s.link().kind() == LinkKind.CAUSED_BY
                && (s.link().source() == research || s.link().target() == purpose)), proposals::toString);
        assertTrue(proposals.stream()
                .noneMatch(s -> s.link().kind().targetsOf(s.link().source()).contains(s.link().target())));
        LinkSuggestion first = of(proposals, LinkKind.CAUSED_BY, research).get(0);
        assertEquals(purpose, first.link().target(), proposals::toString);
        assertTrue(first.chain(), "its measure remedies that cause: " + first);
    }

    @Test
    void anAcceptedProposalIsALinkThatOneUndoTakesBack() {
        AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(
                new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE),
                new BasicCommandStack(),
                register.eResource().getResourceSet());
        ChainElement research = element(review2021, "调查研究不经常。");
        Link proposed = of(LinkSuggestions.of(review2021), LinkKind.CAUSED_BY, research).get(0).link();
        domain.getCommandStack().execute(ChainCommands.link(domain, proposed));
        assertTrue(((Problem) research).getCauses().contains(proposed.target()));
        assertTrue(LinkSuggestions.of(review2021).stream().noneMatch(s -> s.link().equals(proposed)));
        domain.getCommandStack().undo();
        assertFalse(((Problem) research).getCauses().contains(proposed.target()));
        assertEquals(proposed, of(LinkSuggestions.of(review2021), LinkKind.CAUSED_BY, research).get(0).link());
    }
}
