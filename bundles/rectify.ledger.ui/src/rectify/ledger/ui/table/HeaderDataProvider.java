package rectify.ledger.ui.table;

import java.util.List;

import org.eclipse.nebula.widgets.nattable.data.IDataProvider;

/** The headers of a table's columns, one row of texts. */
public final class HeaderDataProvider implements IDataProvider {

    private final List<String> headers;

    /** @param headers the texts of the headers, in order */
    public HeaderDataProvider(List<String> headers) {
        this.headers = List.copyOf(headers);
    }

    @Override
    public Object getDataValue(int columnIndex, int rowIndex) {
        return headers.get(columnIndex);
    }

    @Override
    public void setDataValue(int columnIndex, int rowIndex, Object newValue) {
        throw new UnsupportedOperationException("headers are not edited"); //$NON-NLS-1$
    }

    @Override
    public int getColumnCount() {
        return headers.size();
    }

    @Override
    public int getRowCount() {
        return 1;
    }
}
