package rectify.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;

import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.eclipse.ui.views.properties.PropertySheet;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.namespace.HostNamespace;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;

import rectify.testing.Widgets;
import rectify.ui.navigator.RegisterNavigator;

/**
 * The platform's own texts that the product shows are Chinese under zh_CN: the rectify.nl.zh*
 * fragments are attached to their hosts, and the hosts' lookups find their texts.
 */
class PlatformTextsTest {

    /** The fragments carrying the platform's Chinese texts, as the product contains them. */
    private static final List<String> FRAGMENTS = List.of("rectify.nl.zh", "rectify.nl.zh.workbench",
            "rectify.nl.zh.views", "rectify.nl.zh.renderers", "rectify.nl.zh.dialogs", "rectify.nl.zh.minmax",
            "rectify.nl.zh.emf");

    private static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    @Test
    void dialogButtonsAreChinese() {
        assertEquals("确定", IDialogConstants.OK_LABEL);
        assertEquals("取消", IDialogConstants.CANCEL_LABEL);
        assertEquals("是(&Y)", IDialogConstants.YES_LABEL);
        assertEquals("否(&N)", IDialogConstants.NO_LABEL);
        assertEquals("下一步(&N) >", IDialogConstants.NEXT_LABEL);
        assertEquals("< 上一步(&B)", IDialogConstants.BACK_LABEL);
        assertEquals("完成(&F)", IDialogConstants.FINISH_LABEL);
        assertEquals("恢复默认值(&D)", JFaceResources.getString("defaults"));
    }

    @Test
    void questionDialogAnswersYesOrNoInChinese() {
        Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        List<String> buttons = new ArrayList<>();
        Display.getCurrent().asyncExec(() -> {
            for (Shell open : Display.getCurrent().getShells()) {
                if (open.getData() instanceof MessageDialog dialog) {
                    Widgets.descendants(open, Button.class).map(Button::getText).forEach(buttons::add);
                    dialog.close();
                }
            }
        });
        MessageDialog.openQuestion(shell, "问题", "继续吗？");
        assertEquals(Set.of("是(&Y)", "否(&N)"), Set.copyOf(buttons));
    }

    @Test
    void propertiesAndOutlineViewsAreNamedInChinese() throws PartInitException {
        assertEquals("属性", PlatformUI.getWorkbench().getViewRegistry().find(IPageLayout.ID_PROP_SHEET).getLabel());
        assertEquals("大纲", PlatformUI.getWorkbench().getViewRegistry().find(IPageLayout.ID_OUTLINE).getLabel());
        IViewPart outline = page().showView(IPageLayout.ID_OUTLINE, null, IWorkbenchPage.VIEW_VISIBLE);
        assertEquals("大纲", outline.getTitle());
    }

    @Test
    void propertiesViewHeadsItsColumnsInChinese() throws PartInitException {
        IViewPart navigator = page().showView(RegisterNavigator.ID);
        page().activate(navigator);
        PropertySheet properties = (PropertySheet) page().showView(IPageLayout.ID_PROP_SHEET, null,
                IWorkbenchPage.VIEW_VISIBLE);
        assertEquals("属性", properties.getTitle());
        Control control = properties.getCurrentPage().getControl();
        Tree tree = control instanceof Tree t ? t
                : Widgets.descendants((Composite) control, Tree.class).findFirst().orElseThrow();
        assertEquals("属性", tree.getColumn(0).getText());
        assertEquals("值", tree.getColumn(1).getText());
    }

    @Test
    void preferencesDialogIsChinese() {
        Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        PreferenceDialog dialog = PreferencesUtil.createPreferenceDialogOn(shell, null, null, null);
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            assertEquals("首选项", dialog.getShell().getText());
            List<String> buttons = Widgets.descendants(dialog.getShell(), Button.class).map(Button::getText).toList();
            assertTrue(buttons.containsAll(List.of("应用并关闭", "取消", "恢复默认值(&D)", "应用(&A)")), buttons.toString());
            assertTrue(
                    Widgets.descendants(dialog.getShell(), Text.class).anyMatch(t -> "输入过滤文本".equals(t.getMessage())),
                    "no filter field with a Chinese hint");
        } finally {
            dialog.close();
        }
    }

    @Test
    void workbenchPromptsAreChinese() {
        assertEquals("保存资源", text("org.eclipse.ui.workbench", "org.eclipse.ui.internal.messages",
                "EditorManager_saveResourcesTitle"));
        assertEquals("在后台运行(&B)", text("org.eclipse.ui.workbench", "org.eclipse.ui.internal.progress.messages",
                "ProgressMonitorFocusJobDialog_RunInBackgroundButton"));
        assertEquals("详细信息(&D) >>", text("org.eclipse.ui.workbench", "org.eclipse.ui.internal.progress.messages",
                "ProgressMonitorJobsDialog_DetailsTitle"));
        assertEquals("关闭其他(&O)", text("org.eclipse.e4.ui.workbench.renderers.swt",
                "org.eclipse.e4.ui.internal.workbench.renderers.swt.messages", "menuCloseOthers"));
        assertEquals("添加(&A)", Platform.getResourceBundle(host("rectify.nl.zh.emf")).getString("_UI_Add_label"));
    }

    /**
     * Every fragment is attached to its host, every Chinese text it has is what the host finds, and
     * every key is one the host's English file has (a platform update that renames keys shows here).
     */
    @Test
    void everyFragmentTranslatesKeysOfItsHost() throws IOException {
        for (String fragment : FRAGMENTS) {
            Bundle host = host(fragment);
            List<URL> files = Collections.list(fragment(fragment).findEntries("/", "*_zh.properties", true));
            assertFalse(files.isEmpty(), fragment + " has no texts");
            for (URL entry : files) {
                String path = entry.getPath();
                Properties chinese = load(entry, path);
                URL english = host.getEntry(path.replace("_zh.properties", ".properties"));
                assertNotNull(english, fragment + path + " has no English file in " + host.getSymbolicName());
                Properties base = load(english, path);
                ResourceBundle found = path.equals("/plugin_zh.properties") ? Platform.getResourceBundle(host)
                        : ResourceBundle.getBundle(path.substring(1, path.length() - "_zh.properties".length())
                                .replace('/', '.'), Locale.getDefault(), classLoader(host));
                assertFalse(chinese.isEmpty(), fragment + path);
                for (String key : chinese.stringPropertyNames()) {
                    assertTrue(base.containsKey(key),
                            fragment + path + ": " + host.getSymbolicName() + " has no " + key);
                    assertEquals(chinese.getProperty(key), found.getString(key), fragment + path + ": " + key);
                }
            }
        }
    }

    private static String text(String bundle, String baseName, String key) {
        Bundle host = Arrays.stream(bundles()).filter(b -> b.getSymbolicName().equals(bundle)).findFirst()
                .orElseThrow();
        return ResourceBundle.getBundle(baseName, Locale.getDefault(), classLoader(host)).getString(key);
    }

    private static Properties load(URL url, String path) throws IOException {
        try (InputStream in = url.openStream()) {
            byte[] bytes = in.readAllBytes();
            for (byte b : bytes) {
                assertTrue(b >= 0, () -> url + " has a non-ASCII byte; write it with \\u escapes");
            }
            Properties properties = new Properties();
            properties.load(new ByteArrayInputStream(bytes));
            return properties;
        }
    }

    private static Bundle[] bundles() {
        return FrameworkUtil.getBundle(PlatformTextsTest.class).getBundleContext().getBundles();
    }

    private static Bundle fragment(String name) {
        return Arrays.stream(bundles()).filter(b -> name.equals(b.getSymbolicName())).findFirst()
                .orElseThrow(() -> new AssertionError(name + " is not installed"));
    }

    private static Bundle host(String fragment) {
        BundleWiring wiring = fragment(fragment).adapt(BundleWiring.class);
        assertNotNull(wiring, fragment + " is not resolved");
        List<BundleWire> hosts = wiring.getRequiredWires(HostNamespace.HOST_NAMESPACE);
        assertEquals(1, hosts.size(), fragment + " is not attached to its host");
        return hosts.get(0).getProvider().getBundle();
    }

    private static ClassLoader classLoader(Bundle host) {
        return host.adapt(BundleWiring.class).getClassLoader();
    }

}
