/** The three lists (问题清单, 任务清单, 责任清单) as read-only tables of the ledger's rows. */
package rectify.ledger.ui.lists;
