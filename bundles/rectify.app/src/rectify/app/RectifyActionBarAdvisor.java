package rectify.app;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.actions.ActionFactory.IWorkbenchAction;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;

/** The main menu: File, Edit, Window and Help, with slots where other bundles add their items. */
final class RectifyActionBarAdvisor extends ActionBarAdvisor {

    private IWorkbenchAction save;
    private IWorkbenchAction saveAs;
    private IWorkbenchAction revert;
    private IWorkbenchAction exit;
    private IWorkbenchAction undo;
    private IWorkbenchAction redo;
    private IWorkbenchAction delete;
    private IWorkbenchAction preferences;
    private Action about;

    RectifyActionBarAdvisor(IActionBarConfigurer configurer) {
        super(configurer);
    }

    @Override
    protected void makeActions(IWorkbenchWindow window) {
        save = action(ActionFactory.SAVE, window, Messages.menuSave);
        saveAs = action(ActionFactory.SAVE_AS, window, Messages.menuSaveAs);
        revert = action(ActionFactory.REVERT, window, Messages.menuRevert);
        exit = action(ActionFactory.QUIT, window, Messages.menuExit);
        undo = action(ActionFactory.UNDO, window, Messages.menuUndo);
        redo = action(ActionFactory.REDO, window, Messages.menuRedo);
        delete = action(ActionFactory.DELETE, window, Messages.menuDelete);
        preferences = action(ActionFactory.PREFERENCES, window, Messages.menuPreferences);
        about = new Action(Messages.menuAbout) {
            @Override
            public void run() {
                new AboutDialog(window.getShell()).open();
            }
        };
        about.setId(ActionFactory.ABOUT.getId());
    }

    private IWorkbenchAction action(ActionFactory factory, IWorkbenchWindow window, String text) {
        IWorkbenchAction action = factory.create(window);
        action.setText(text);
        register(action);
        return action;
    }

    @Override
    protected void fillMenuBar(IMenuManager menuBar) {
        MenuManager file = new MenuManager(Messages.menuFile, IWorkbenchActionConstants.M_FILE);
        file.add(new GroupMarker(IWorkbenchActionConstants.NEW_EXT));
        file.add(new Separator());
        file.add(save);
        file.add(saveAs);
        file.add(revert);
        file.add(new Separator(IWorkbenchActionConstants.IMPORT_EXT));
        file.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
        file.add(new Separator());
        file.add(exit);
        MenuManager edit = new MenuManager(Messages.menuEdit, IWorkbenchActionConstants.M_EDIT);
        edit.add(undo);
        edit.add(redo);
        edit.add(new Separator());
        edit.add(delete);
        edit.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
        MenuManager window = new MenuManager(Messages.menuWindow, IWorkbenchActionConstants.M_WINDOW);
        window.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
        window.add(new Separator());
        window.add(preferences);
        MenuManager help = new MenuManager(Messages.menuHelp, IWorkbenchActionConstants.M_HELP);
        help.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
        help.add(about);
        menuBar.add(file);
        menuBar.add(edit);
        menuBar.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
        menuBar.add(window);
        menuBar.add(help);
    }
}
