package rectify.ledger.ui.table;

import org.eclipse.nebula.widgets.nattable.config.IConfigRegistry;
import org.eclipse.nebula.widgets.nattable.data.convert.ConversionFailedException;
import org.eclipse.nebula.widgets.nattable.data.convert.DisplayConverter;
import org.eclipse.nebula.widgets.nattable.layer.cell.ILayerCell;
import org.eclipse.osgi.util.NLS;

import rectify.ledger.LedgerLabels;
import rectify.ledger.ui.Dates;
import rectify.ledger.ui.Messages;
import rectify.model.MeasureStatus;
import rectify.model.OrgUnit;
import rectify.model.Person;
import rectify.model.edit.Labels;

/** How the ledger's cells show the model's values, and read back what is typed. */
final class Converters {

    private Converters() {
    }

    /** Shows a person or a unit by its name, a status by its name; chosen in a list, never typed. */
    static DisplayConverter names() {
        return new DisplayConverter() {
            @Override
            public Object canonicalToDisplayValue(Object value) {
                return switch (value) {
                    case Person person -> LedgerLabels.person(person);
                    case OrgUnit unit -> LedgerLabels.unit(unit);
                    case MeasureStatus status -> Labels.literal(status);
                    case null -> ""; //$NON-NLS-1$
                    default -> value.toString();
                };
            }

            @Override
            public Object displayToCanonicalValue(Object value) {
                return value; // combo editors hand over the chosen object itself
            }
        };
    }

    /** Shows a date as {@code 2026-12-31}; reads what {@link Dates#parse} reads. */
    static DisplayConverter dates() {
        return new DisplayConverter() {
            @Override
            public Object canonicalToDisplayValue(Object value) {
                return value == null ? "" : value.toString(); //$NON-NLS-1$
            }

            @Override
            public Object displayToCanonicalValue(Object value) {
                try {
                    return Dates.parse(value == null ? null : value.toString());
                } catch (IllegalArgumentException e) {
                    throw new ConversionFailedException(e.getMessage(), e);
                }
            }
        };
    }

    /** Shows the number of evidence documents, marked when a file does not match. */
    static DisplayConverter evidence() {
        return new DisplayConverter() {
            @Override
            public Object canonicalToDisplayValue(ILayerCell cell, IConfigRegistry registry, Object value) {
                String count = canonicalToDisplayValue(value).toString();
                return cell.getConfigLabels().hasLabel(CellLabels.FLAGGED) ? NLS.bind(Messages.evidenceFlagged, count)
                        : count;
            }

            @Override
            public Object canonicalToDisplayValue(Object value) {
                return value == null || Integer.valueOf(0).equals(value) ? "" : value.toString(); //$NON-NLS-1$
            }

            @Override
            public Object displayToCanonicalValue(Object value) {
                return value;
            }
        };
    }
}
