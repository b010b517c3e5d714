package rectify.archive.internal.content;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.osgi.util.NLS;

import rectify.model.Disposition;
import rectify.model.MeasureStatus;
import rectify.model.OpinionChannel;
import rectify.model.OrgUnit;
import rectify.model.OrgUnitKind;
import rectify.model.Person;
import rectify.model.Record;
import rectify.model.Register;
import rectify.model.RetentionPeriod;

/** Model values as an archived document writes them: dates, names of states, channels and kinds. */
final class Words {

    private Words() {
    }

    /** @return 2026年1月22日, or nothing for {@code null} */
    static String date(LocalDate date) {
        return date == null ? ""
                : NLS.bind(Terms.date, new Object[] { Integer.toString(date.getYear()),
                        Integer.toString(date.getMonthValue()), Integer.toString(date.getDayOfMonth()) });
    }

    /** @return the texts joined by 、 */
    static String join(List<String> texts) {
        return String.join(Terms.listSeparator, texts);
    }

    static String name(Person person) {
        return person == null || person.getName() == null ? "" : person.getName();
    }

    static String name(OrgUnit unit) {
        return unit == null || unit.getName() == null ? "" : unit.getName();
    }

    static String status(MeasureStatus status) {
        return switch (status) {
            case PLANNED -> Terms.statusPlanned;
            case IN_PROGRESS -> Terms.statusInProgress;
            case DONE -> Terms.statusDone;
            case CLOSED -> Terms.statusClosed;
        };
    }

    static String channel(OpinionChannel channel) {
        return switch (channel) {
            case FORUM -> Terms.channelForum;
            case QUESTIONNAIRE -> Terms.channelQuestionnaire;
            case SUGGESTION_BOX -> Terms.channelSuggestionBox;
            case ONLINE -> Terms.channelOnline;
            case TALK -> Terms.channelTalk;
            case OTHER -> Terms.channelOther;
        };
    }

    static String kind(OrgUnitKind kind) {
        return switch (kind) {
            case DEPARTMENT -> Terms.kindDepartment;
            case SUBORDINATE -> Terms.kindSubordinate;
            case MEMBER_UNIT -> Terms.kindMemberUnit;
            case SUPERIOR -> Terms.kindSuperior;
            case OTHER -> Terms.kindOther;
        };
    }

    static String disposition(Disposition disposition) {
        return switch (disposition) {
            case PENDING -> Terms.dispositionPending;
            case ADOPTED -> Terms.dispositionAdopted;
            case MERGED -> Terms.dispositionMerged;
            case NOT_ADOPTED -> Terms.dispositionNotAdopted;
        };
    }

    static String retention(RetentionPeriod retention) {
        return switch (retention) {
            case PERMANENT -> Terms.retentionPermanent;
            case THIRTY_YEARS -> Terms.retentionThirtyYears;
            case TEN_YEARS -> Terms.retentionTenYears;
        };
    }

    /** @return the register that holds the record, or {@code null} */
    static Register register(Record record) {
        return record.eContainer() instanceof Register register ? register : null;
    }

    /** @return whether the text is {@code null} or only white space */
    static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    /** @return the text, or nothing for {@code null} */
    static String text(String text) {
        return text == null ? "" : text;
    }
}
