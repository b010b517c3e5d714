package rectify.diagram.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.gef.commands.CompoundCommand;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import rectify.chain.commands.ChainCommands;
import rectify.model.Problem;
import rectify.model.RectifyFactory;
import rectify.model.RectifyPackage.Literals;

/** GEF's view of the register's EMF command stack. */
class SharedCommandStackTest {

    private BasicCommandStack emf;
    private AdapterFactoryEditingDomain domain;
    private SharedCommandStack gef;
    private Problem problem;

    @BeforeEach
    void stacks() {
        emf = new BasicCommandStack();
        domain = new AdapterFactoryEditingDomain(new ComposedAdapterFactory(), emf);
        gef = new SharedCommandStack(emf);
        problem = RectifyFactory.eINSTANCE.createProblem();
        problem.setHeadline("before");
    }

    private GefCommand headline(String text) {
        return new GefCommand(ChainCommands.rename(domain, problem, text));
    }

    @Test
    void executesOnTheEmfStackAndUndoesFromEither() {
        gef.execute(headline("after"));
        assertEquals("after", problem.getHeadline());
        assertTrue(emf.getMostRecentCommand() instanceof SetCommand, "the EMF command itself");
        assertTrue(gef.isDirty());
        assertTrue(gef.canUndo());
        assertEquals(emf.getUndoCommand().getLabel(), gef.getUndoCommand().getLabel());
        emf.undo();
        assertEquals("before", problem.getHeadline());
        assertTrue(gef.canRedo());
        gef.redo();
        assertEquals("after", problem.getHeadline());
        gef.markSaveLocation();
        assertFalse(emf.isSaveNeeded());
    }

    @Test
    void wrapsGefCompoundsIntoOneUndoableStep() {
        CompoundCommand both = new CompoundCommand("both");
        both.add(headline("one"));
        both.add(new GefCommand(new SetCommand(domain, problem, Literals.CHAIN_ELEMENT__NUMBER, 7)));
        gef.execute(both);
        assertEquals("one", problem.getHeadline());
        assertEquals(7, problem.getNumber());
        emf.undo();
        assertEquals("before", problem.getHeadline());
        assertEquals(0, problem.getNumber());
        assertFalse(emf.canUndo(), "one step");
    }

    @Test
    void tellsGefListenersOfChangesMadeElsewhere() {
        List<Object> events = new ArrayList<>();
        gef.addCommandStackListener(events::add);
        emf.execute(SetCommand.create(domain, problem, Literals.CHAIN_ELEMENT__HEADLINE, "forms"));
        assertEquals(1, events.size());
        gef.dispose();
        emf.undo();
        assertEquals(1, events.size(), "not after disposal");
    }

    @Test
    void refusesToFlushTheRegistersHistory() {
        assertThrows(UnsupportedOperationException.class, gef::flush);
    }

    @Test
    void ignoresCommandsThatCannotExecute() {
        gef.execute(null);
        gef.execute(new GefCommand(UnexecutableCommand.INSTANCE));
        assertFalse(emf.canUndo());
    }
}
