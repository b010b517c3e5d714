package rectify.ui.navigator;

import java.util.List;

import rectify.model.Record;
import rectify.model.Register;

/** The records of one year of a register, as the navigator groups them. */
record YearGroup(Register register, int year, List<Record> records) {
}
