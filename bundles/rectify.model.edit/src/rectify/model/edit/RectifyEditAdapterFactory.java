package rectify.model.edit;

import org.eclipse.emf.common.notify.Adapter;

import rectify.model.Aspect;
import rectify.model.ChainElement;
import rectify.model.Direction;
import rectify.model.Notice;
import rectify.model.OrgUnit;
import rectify.model.Person;
import rectify.model.provider.AspectItemProvider;
import rectify.model.provider.CauseItemProvider;
import rectify.model.provider.DirectionItemProvider;
import rectify.model.provider.MeasureItemProvider;
import rectify.model.provider.NoticeItemProvider;
import rectify.model.provider.OrgUnitItemProvider;
import rectify.model.provider.PersonItemProvider;
import rectify.model.provider.ProblemItemProvider;
import rectify.model.provider.RectifyItemProviderAdapterFactory;

/**
 * The item provider adapter factory registered for Rectify's model in {@code plugin.xml}: the
 * generated factory, with labels that number problems, causes, measures, aspects and directions as
 * the document does (e.g. {@code 1 从思想深处领悟理论精髓不够。} for a problem), and that name people,
 * units and notices by their names and titles alone (as pickers and tables show them).
 */
public class RectifyEditAdapterFactory extends RectifyItemProviderAdapterFactory {

    @Override
    public Adapter createPersonAdapter() {
        if (personItemProvider == null) {
            personItemProvider = new PersonItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return Labels.or(((Person) object).getName(), () -> super.getText(object));
                }
            };
        }
        return personItemProvider;
    }

    @Override
    public Adapter createOrgUnitAdapter() {
        if (orgUnitItemProvider == null) {
            orgUnitItemProvider = new OrgUnitItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return Labels.or(((OrgUnit) object).getName(), () -> super.getText(object));
                }
            };
        }
        return orgUnitItemProvider;
    }

    @Override
    public Adapter createNoticeAdapter() {
        if (noticeItemProvider == null) {
            noticeItemProvider = new NoticeItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return Labels.or(crop(((Notice) object).getTitle()), () -> super.getText(object));
                }
            };
        }
        return noticeItemProvider;
    }

    @Override
    public Adapter createProblemAdapter() {
        if (problemItemProvider == null) {
            problemItemProvider = new ProblemItemProvider(this) {
                @Override
                public String getText(Object object) {
                    String label = Labels.of((ChainElement) object);
                    return label.isEmpty() ? super.getText(object) : crop(label);
                }
            };
        }
        return problemItemProvider;
    }

    @Override
    public Adapter createCauseAdapter() {
        if (causeItemProvider == null) {
            causeItemProvider = new CauseItemProvider(this) {
                @Override
                public String getText(Object object) {
                    String label = Labels.of((ChainElement) object);
                    return label.isEmpty() ? super.getText(object) : crop(label);
                }
            };
        }
        return causeItemProvider;
    }

    @Override
    public Adapter createMeasureAdapter() {
        if (measureItemProvider == null) {
            measureItemProvider = new MeasureItemProvider(this) {
                @Override
                public String getText(Object object) {
                    String label = Labels.of((ChainElement) object);
                    return label.isEmpty() ? super.getText(object) : crop(label);
                }
            };
        }
        return measureItemProvider;
    }

    @Override
    public Adapter createAspectAdapter() {
        if (aspectItemProvider == null) {
            aspectItemProvider = new AspectItemProvider(this) {
                @Override
                public String getText(Object object) {
                    String label = Labels.of((Aspect) object);
                    return label.isEmpty() ? super.getText(object) : crop(label);
                }
            };
        }
        return aspectItemProvider;
    }

    @Override
    public Adapter createDirectionAdapter() {
        if (directionItemProvider == null) {
            directionItemProvider = new DirectionItemProvider(this) {
                @Override
                public String getText(Object object) {
                    String label = Labels.of((Direction) object);
                    return label.isEmpty() ? super.getText(object) : crop(label);
                }
            };
        }
        return directionItemProvider;
    }
}
