/**
 * The three lists (三张清单) as tables made from the same ledger rows: the problem list (问题清单,
 * one row per problem the measures remedy), the task list (任务清单, one row per measure with its
 * content, deadline history and verification) and the responsibility list (责任清单, one row per
 * responsible leader and unit with their measures).
 */
package rectify.ledger.lists;
