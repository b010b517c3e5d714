package rectify.model.edit;

import org.eclipse.emf.common.notify.Adapter;

import rectify.model.Aspect;
import rectify.model.ChainElement;
import rectify.model.Direction;
import rectify.model.provider.AspectItemProvider;
import rectify.model.provider.CauseItemProvider;
import rectify.model.provider.DirectionItemProvider;
import rectify.model.provider.MeasureItemProvider;
import rectify.model.provider.ProblemItemProvider;
import rectify.model.provider.RectifyItemProviderAdapterFactory;

/**
 * The item provider adapter factory registered for Rectify's model in {@code plugin.xml}: the
 * generated factory, with labels that number problems, causes, measures, aspects and directions as
 * the document does (e.g. {@code 1 从思想深处领悟理论精髓不够。} for a problem).
 */
public class RectifyEditAdapterFactory extends RectifyItemProviderAdapterFactory {

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
